package vn.khenthuong.statistics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/**
 * {@code /thong-ke/danh-sach}: the awards behind one figure of the statistics, so that anyone may check it
 * entry by entry; as CSV and Excel too.
 */
@Controller
@Page
class AwardListPage {

    static final int PAGE_SIZE = 500;
    static final int EXPORT_LIMIT = 100_000;

    private final StatisticsRequests requests;
    private final StatisticsService statistics;

    AwardListPage(StatisticsRequests requests, StatisticsService statistics) {
        this.requests = requests;
        this.statistics = statistics;
    }

    @GetMapping(DrillDownLinks.LIST)
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params, Model model) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        Slice slice = params.slice();
        int page = params.pageNumber();
        StatisticsService.AwardList list = statistics.list(resolved.selection(), slice, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        DrillDownLinks links = new DrillDownLinks(resolved.selection());
        model.addAttribute("title", describe(slice, resolved));
        model.addAttribute("total", list.total());
        model.addAttribute("totalText", VietnameseNumbers.count(list.total()));
        model.addAttribute("rows", list.rows());
        model.addAttribute("firstNumber", (page - 1) * PAGE_SIZE + 1);
        model.addAttribute("page", page);
        model.addAttribute("pages", Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("link", links.to(slice));
        model.addAttribute("csv", links.to(DrillDownLinks.LIST + ".csv", slice));
        model.addAttribute("xlsx", links.to(DrillDownLinks.LIST + ".xlsx", slice));
        model.addAttribute("back", links.page("/thong-ke"));
        model.addAttribute("meritKinds", AwardListExport.MERIT_KINDS);
        return "thong-ke/danh-sach";
    }

    @GetMapping(DrillDownLinks.LIST + ".csv")
    ResponseEntity<byte[]> csv(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        List<AwardListRow> rows = statistics.list(resolved.selection(), params.slice(), 0, EXPORT_LIMIT).rows();
        return Downloads.file(AwardListExport.csv(rows), Downloads.CSV,
                Downloads.baseName("danh-sach-khen-thuong", resolved.selection()) + ".csv");
    }

    @GetMapping(DrillDownLinks.LIST + ".xlsx")
    ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("params") StatisticsParameters params) {
        StatisticsRequests.Resolved resolved = requests.resolve(user, params);
        List<AwardListRow> rows = statistics.list(resolved.selection(), params.slice(), 0, EXPORT_LIMIT).rows();
        return Downloads.file(AwardListExport.xlsx(describe(params.slice(), resolved), rows), Downloads.XLSX,
                Downloads.baseName("danh-sach-khen-thuong", resolved.selection()) + ".xlsx");
    }

    /** "Tập thể nhỏ - Cấp tỉnh - Bằng khen ... - năm 2017 - Tỉnh Cao Bằng". */
    private String describe(Slice slice, StatisticsRequests.Resolved resolved) {
        List<String> parts = new ArrayList<>(List.of(slice.measure().label()));
        if (slice.level() != null) {
            parts.add(slice.level().label());
        }
        if (slice.award() != null) {
            parts.add(statistics.awardName(slice.award()));
        }
        if (slice.meritKind() != null) {
            parts.add("Khen thưởng " + AwardListExport.MERIT_KINDS.get(slice.meritKind()).toLowerCase(java.util.Locale.ROOT));
        }
        if (slice.area() != null) {
            parts.add(resolved.tree().find(slice.area()).map(o -> o.name()).orElse(slice.area()));
        }
        if (slice.funding() != null) {
            parts.add(slice.funding());
        }
        Selection selection = resolved.selection();
        parts.add(selection.period().label());
        parts.add(selection.scope().name());
        if (selection.movement() != null) {
            parts.add("phong trào \"" + selection.movement() + "\"");
        }
        return String.join(" - ", parts);
    }
}
