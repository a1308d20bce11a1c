package vn.khenthuong.dossier;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/** The page {@code /ho-so}: the dossiers the signed-in person may see, exactly as {@code GET /api/dossiers} decides. */
@Page
@Controller
class DossierListPage {

    /** Dossiers per page: a unit's or a district's year fits on one or two pages. */
    static final int PAGE = 50;

    /** A line of the list, and whether the signed-in person may edit that dossier now. */
    record Row(DossierListItem item, boolean editable) {

        public String badge() {
            return StatusBadge.of(item.status());
        }
    }

    private final DossierService service;
    private final DossierViews views;
    private final DossierAccess access;
    private final AwardCatalogue awards;

    DossierListPage(DossierService service, DossierViews views, DossierAccess access, AwardCatalogue awards) {
        this.service = service;
        this.views = views;
        this.access = access;
        this.awards = awards;
    }

    /** Filters that cannot be read (a year typed as text, an unknown status) are ignored rather than refused. */
    @GetMapping("/ho-so")
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String year,
            @RequestParam(required = false) String status, @RequestParam(required = false) String award,
            @RequestParam(required = false) String truoc, Model model) {
        Integer y = parseYear(year);
        DossierStatus s = Arrays.stream(DossierStatus.values()).filter(v -> v.name().equals(status)).findFirst()
                .orElse(null);
        String a = readable(award);
        Long before = parseId(truoc);
        List<DossierSummary> found = service.list(user, new DossierFilter(null, s, y, a, before), PAGE + 1);
        List<DossierSummary> page = found.subList(0, Math.min(PAGE, found.size()));
        List<Row> rows = views.list(page).stream()
                .map(item -> new Row(item, item.status().editable() && access.canWrite(user, item.unitCode())))
                .toList();
        model.addAttribute("rows", rows);
        // older dossiers on the next page, continuing under the last one shown
        model.addAttribute("olderThan", found.size() > PAGE ? page.get(page.size() - 1).id() : null);
        model.addAttribute("firstPage", before == null);
        model.addAttribute("year", y);
        model.addAttribute("status", s);
        model.addAttribute("award", a);
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("awards", awards.all());
        model.addAttribute("canCreate", user.has(OrgRole.SECRETARY));
        // A secretary of a single unit sees only that unit's dossiers: the column would repeat one name.
        model.addAttribute("showUnit", user.admin() || user.memberships().size() != 1
                || !user.has(OrgRole.SECRETARY));
        return "ho-so/danh-sach";
    }

    private static Long parseId(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String readable(String text) {
        try {
            return CleanText.line(text);
        } catch (CleanText.RefusedText e) {
            return null;
        }
    }

    private static Integer parseYear(String year) {
        try {
            return year == null || year.isBlank() ? null : Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
