package vn.khenthuong.statistics;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

import vn.khenthuong.security.CurrentUser;

/** {@code GET /api/statistics}: the figures of the statistics page as JSON, for other systems. */
@RestController
class StatisticsApi {

    private final StatisticsRequests requests;
    private final StatisticsService statistics;

    StatisticsApi(StatisticsRequests requests, StatisticsService statistics) {
        this.requests = requests;
        this.statistics = statistics;
    }

    @GetMapping("/api/statistics")
    StatisticsReport report(@AuthenticationPrincipal CurrentUser user, @ModelAttribute StatisticsParameters params) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        return statistics.report(resolved.selection(), resolved.tree());
    }
}
