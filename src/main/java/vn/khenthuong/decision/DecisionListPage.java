package vn.khenthuong.decision;

import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/** The page {@code /quyet-dinh}: the decisions and drafts the signed-in person may read, as {@code GET /api/decisions}. */
@Page
@Controller
class DecisionListPage {

    /** An issuing body in the filter. */
    record Body(String code, String name) {
    }

    private final DecisionRepository repository;
    private final DecisionAccess access;
    private final DecisionPageViews views;
    private final OrganisationService organisations;

    DecisionListPage(DecisionRepository repository, DecisionAccess access, DecisionPageViews views,
            OrganisationService organisations) {
        this.repository = repository;
        this.access = access;
        this.views = views;
        this.organisations = organisations;
    }

    /** Filters that cannot be read (a year typed as text, an unknown body) are ignored rather than refused. */
    @GetMapping("/quyet-dinh")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String body, Model model) {
        Integer y = year(year);
        List<Body> bodies = organisations.all().stream()
                .filter(o -> o.level() == OrgLevel.DISTRICT || o.level() == OrgLevel.PROVINCE)
                .map(o -> new Body(o.code(), views.bodyName(o.code()))).toList();
        String b = bodies.stream().map(Body::code).filter(code -> code.equals(body)).findFirst().orElse(null);
        model.addAttribute("rows", repository.list(y, b).stream().filter(d -> access.canRead(user, d)).map(views::row)
                .toList());
        model.addAttribute("year", y);
        model.addAttribute("body", b);
        model.addAttribute("bodies", bodies);
        model.addAttribute("canDraft", user.orgCodesWith(OrgRole.REVIEWER).stream()
                .map(organisations::find).flatMap(Optional::stream).map(Organisation::level)
                .anyMatch(l -> l == OrgLevel.DISTRICT || l == OrgLevel.PROVINCE));
        return "quyet-dinh/danh-sach";
    }

    private static Integer year(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
