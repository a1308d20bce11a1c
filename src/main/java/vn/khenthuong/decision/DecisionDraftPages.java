package vn.khenthuong.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.routing.AwardRouting;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/**
 * The staff of an issuing body open a decision draft on a page ({@code /quyet-dinh/moi}): choose the award,
 * tick the nominees waiting for a decision, write the achievement; {@link DecisionDrafts} applies the same
 * rules as the API and starts the chairman's review.
 */
@Page
@Controller
@RequestMapping("/quyet-dinh")
class DecisionDraftPages {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";
    static final String FORM = "form";

    /** An award the body may decide, and how many wait for it. */
    record AwardChoice(String code, String name, int waiting) {

        public String label() {
            return waiting == 0 ? name + " (không có ai chờ)" : name + " (" + waiting + " chờ quyết định)";
        }
    }

    private final DecisionDrafts drafts;
    private final DecisionAccess access;
    private final DecisionPageViews views;
    private final AwardCatalogue awards;
    private final AwardRouting routing;

    DecisionDraftPages(DecisionDrafts drafts, DecisionAccess access, DecisionPageViews views, AwardCatalogue awards,
            AwardRouting routing) {
        this.drafts = drafts;
        this.access = access;
        this.views = views;
        this.awards = awards;
        this.routing = routing;
    }

    @GetMapping("/moi")
    @CheckedBy(DecisionRules.Staff.class)
    String newDraft(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String body,
            @RequestParam(required = false) String award, Model model) {
        String issuingBody = staffBody(user, body);
        String awardCode = awards.find(award).map(Award::code).orElse(null);
        model.addAttribute(FORM, DraftForm.choosingAll(issuingBody, awardCode,
                awardCode == null ? List.of() : drafts.waiting(user, issuingBody, awardCode)));
        return page(user, issuingBody, awardCode, model);
    }

    @PostMapping
    @CheckedBy(DecisionRules.Staff.class)
    String open(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(FORM) DraftForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        String issuingBody = staffBody(user, form.getBody());
        form.setBody(issuingBody);
        String awardCode = awards.find(form.getAward()).map(Award::code).orElse(null);
        if (awardCode == null) {
            DraftForm.reject(errors, "award", "Chọn danh hiệu, hình thức khen thưởng");
        }
        DecisionDrafts.DraftRequest request = form.toRequest(errors);
        if (!errors.hasErrors()) {
            try {
                AwardDecision draft = drafts.open(user, request);
                flash.addFlashAttribute(NOTICE, "Đã lập dự thảo và trình Chủ tịch");
                return "redirect:/quyet-dinh/" + draft.id();
            } catch (Refusal e) {
                refuseInForm(e, errors);
            }
        }
        return page(user, issuingBody, awardCode, model);
    }

    private String page(CurrentUser user, String issuingBody, String awardCode, Model model) {
        List<String> bodies = user.orgCodesWith(OrgRole.REVIEWER);
        model.addAttribute("bodies", bodies.size() > 1 ? bodies.stream()
                .map(code -> new DecisionListPage.Body(code, views.bodyName(code))).toList() : List.of());
        model.addAttribute("body", issuingBody);
        model.addAttribute("bodyName", views.bodyName(issuingBody));
        model.addAttribute("award", awardCode);
        model.addAttribute("awardName", awardCode == null ? null : awards.get(awardCode).name());
        model.addAttribute("awardChoices", awardChoices(issuingBody));
        model.addAttribute("groups", awardCode == null ? List.of()
                : DecisionPageViews.byDossier(drafts.waiting(user, issuingBody, awardCode)));
        return "quyet-dinh/moi";
    }

    /** The awards the body decides, those with nominees waiting first; a waiting one is listed even if routing changed. */
    private List<AwardChoice> awardChoices(String issuingBody) {
        Map<String, Integer> waiting = drafts.waitingCounts(issuingBody);
        OrgLevel level = drafts.decidingLevelOf(issuingBody);
        List<AwardChoice> withWaiting = new ArrayList<>();
        List<AwardChoice> others = new ArrayList<>();
        for (Award a : awards.all()) {
            int count = waiting.getOrDefault(a.code(), 0);
            if (count > 0) {
                withWaiting.add(new AwardChoice(a.code(), a.name(), count));
            } else if (decides(a.code(), level)) {
                others.add(new AwardChoice(a.code(), a.name(), 0));
            }
        }
        withWaiting.addAll(others);
        return withWaiting;
    }

    private boolean decides(String awardCode, OrgLevel level) {
        try {
            return routing.decidingLevel(awardCode) == level;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The body the user drafts for: the one asked for if they are its staff, else their first; nobody else drafts. */
    private String staffBody(CurrentUser user, String requested) {
        List<String> bodies = user.orgCodesWith(OrgRole.REVIEWER);
        if (bodies.isEmpty()) {
            throw Refusal.forbidden();
        }
        return access.staffBody(user, requested == null || requested.isBlank() ? bodies.get(0) : requested.strip());
    }

    static void refuseInForm(Refusal e, BindingResult errors) {
        if (e.kind() == Refusal.Kind.FORBIDDEN || e.kind() == Refusal.Kind.NOT_FOUND) {
            throw e;
        }
        DraftForm.reject(errors, DraftForm.formField(e.field()), e.getMessage());
    }
}
