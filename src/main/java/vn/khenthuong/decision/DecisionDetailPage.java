package vn.khenthuong.decision;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/**
 * One decision ({@code /quyet-dinh/{id}}) for those who may read it: number, signer, recipients, the
 * signed file or the draft; the issuing body's staff revise a draft the chairman returned.
 */
@Page
@Controller
@RequestMapping("/quyet-dinh/{id}")
class DecisionDetailPage {

    static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

    /** A link to the draft's open task in Tasklist, for the person who works it. */
    record TaskLink(String name, String url) {
    }

    private final DecisionRepository repository;
    private final DecisionAccess access;
    private final DecisionDrafts drafts;
    private final DecisionFiles files;
    private final DecisionPageViews views;
    private final TaskService tasks;

    DecisionDetailPage(DecisionRepository repository, DecisionAccess access, DecisionDrafts drafts, DecisionFiles files,
            DecisionPageViews views, TaskService tasks) {
        this.repository = repository;
        this.access = access;
        this.drafts = drafts;
        this.files = files;
        this.views = views;
        this.tasks = tasks;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        AwardDecision d = access.readable(user, repository.find(id));
        if (revisable(user, d)) {
            model.addAttribute(DecisionDraftPages.FORM, DraftForm.of(d));
        }
        return page(user, d, model);
    }

    /** The staff change a returned draft; they then resubmit it by completing their task in Tasklist. */
    @PostMapping("/sua")
    @CheckedBy(DecisionRules.Revisable.class)
    String revise(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute(DecisionDraftPages.FORM) DraftForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        AwardDecision d = access.readable(user, repository.find(id));
        if (d.status() != DecisionStatus.RETURNED) {
            flash.addFlashAttribute(DecisionDraftPages.PROBLEM, "Chỉ sửa được dự thảo đã bị Chủ tịch trả lại (hiện: "
                    + d.status().label() + ")");
            return "redirect:/quyet-dinh/" + id;
        }
        form.setBody(d.issuingBody());
        form.setAward(d.awardCode());
        DecisionDrafts.DraftRequest request = form.toRequest(errors);
        if (!errors.hasErrors()) {
            try {
                drafts.revise(user, id, new DecisionDrafts.DraftRequest(d.issuingBody(), d.awardCode(),
                        request.nomineeIds(), request.achievement(), request.proposalRef() == null ? "" : request.proposalRef()));
                flash.addFlashAttribute(DecisionDraftPages.NOTICE, "Đã lưu dự thảo đã sửa. Để trình lại Chủ tịch, hãy hoàn "
                        + "thành việc “Sửa dự thảo quyết định theo ý kiến Chủ tịch” trong Tasklist.");
                return "redirect:/quyet-dinh/" + id;
            } catch (Refusal e) {
                DecisionDraftPages.refuseInForm(e, errors);
            }
        }
        return page(user, d, model);
    }

    /** The API's file links need HTTP Basic or a Tasklist session; these work with the pages' sign-in. */
    @GetMapping("/quyet-dinh.pdf")
    ResponseEntity<byte[]> signed(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            HttpServletResponse response) {
        return DecisionFiles.inline(files.signed(user, id), response);
    }

    @GetMapping("/du-thao.pdf")
    ResponseEntity<byte[]> draft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            HttpServletResponse response) {
        return DecisionFiles.inline(files.draft(user, id), response);
    }

    private String page(CurrentUser user, AwardDecision d, Model model) {
        model.addAttribute("decision", views.detail(d));
        model.addAttribute("revisable", revisable(user, d));
        model.addAttribute("groups", revisable(user, d) ? DecisionPageViews.byDossier(drafts.waitingFor(d)) : List.of());
        model.addAttribute("task", taskLink(user, d).orElse(null));
        return "quyet-dinh/chi-tiet";
    }

    private Optional<TaskLink> taskLink(CurrentUser user, AwardDecision d) {
        boolean works = d.status() == DecisionStatus.RETURNED ? DecisionAccess.isStaff(user, d)
                : d.status() == DecisionStatus.IN_REVIEW && user.orgCodesWith(OrgRole.CHAIRMAN).contains(d.issuingBody());
        if (!works || d.processInstanceId() == null) {
            return Optional.empty();
        }
        return tasks.createTaskQuery().processInstanceId(d.processInstanceId()).active().list().stream().findFirst()
                .map(Task::getId).map(taskId -> new TaskLink(d.status() == DecisionStatus.RETURNED
                        ? "Sửa dự thảo quyết định theo ý kiến Chủ tịch" : "Xem xét, ký quyết định khen thưởng",
                        TASKLIST_TASK + taskId));
    }

    private static boolean revisable(CurrentUser user, AwardDecision d) {
        return d.status() == DecisionStatus.RETURNED && DecisionAccess.isStaff(user, d);
    }

}
