package vn.khenthuong.dossier;

import java.util.Arrays;
import java.util.List;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.UploadFailures;
import vn.khenthuong.web.Page;

/**
 * The secretary's pages of a dossier: create it ({@code /ho-so/moi}), edit it with its documents, check
 * and submit it ({@code /ho-so/{id}/sua}). Every change goes through {@link DossierService}, which
 * applies the same access rules as the API; refused input comes back in the form with its messages.
 */
@Page
@Controller
@RequestMapping("/ho-so")
class DossierEditPages {

    static final String NOTICE = "notice";
    static final String PROBLEM = "problem";
    /** Messages shown in the section the person acted in, where the page opens after the action. */
    static final String DOCUMENT_NOTICE = "documentNotice";
    static final String DOCUMENT_PROBLEM = "documentProblem";
    static final String CHECK_NOTICE = "checkNotice";
    static final String CHECK_PROBLEM = "checkProblem";
    private static final String FORM = "form";

    private final DossierService service;
    private final DossierViews views;
    private final ProposableAwards awards;
    private final Validator validator;
    private final DataSize maxDocumentSize;

    DossierEditPages(DossierService service, DossierViews views, ProposableAwards awards, Validator validator,
            @Value("${khenthuong.documents.max-size:20MB}") DataSize maxDocumentSize) {
        this.service = service;
        this.views = views;
        this.awards = awards;
        this.validator = validator;
        this.maxDocumentSize = maxDocumentSize;
    }

    @InitBinder(FORM)
    void allowLongLists(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(1001);
    }

    @GetMapping("/moi")
    @CheckedBy(DossierRules.Secretary.class)
    String newDossier(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(FORM, DossierForm.blank(VietnamTime.today().getYear()));
        return newPage(user, model);
    }

    @PostMapping
    @CheckedBy(DossierRules.Secretary.class)
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute(FORM) DossierForm form,
            BindingResult errors, @RequestParam(required = false) NomineeKind addNominee,
            @RequestParam(required = false) Integer removeNominee, @RequestParam(required = false) Integer addInitiative,
            @RequestParam(required = false) String removeInitiative, Model model, RedirectAttributes flash) {
        if (changeRows(form, new RowChange(addNominee, removeNominee, addInitiative, removeInitiative), model)) {
            return newPage(user, model);
        }
        DossierRequest request = request(form, errors);
        if (!errors.hasErrors()) {
            try {
                long id = service.create(user, request);
                flash.addFlashAttribute(NOTICE, "Đã lưu hồ sơ " + service.get(user, id).code()
                        + ". Hãy đính kèm tài liệu, kiểm tra rồi nộp hồ sơ.");
                return "redirect:/ho-so/" + id + "/sua";
            } catch (Refusal e) {
                refuseInForm(e, form, errors);
            }
        }
        return newPage(user, model);
    }

    @GetMapping("/{id}/sua")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model,
            RedirectAttributes flash) {
        Dossier d;
        try {
            d = service.forEditing(user, id);
        } catch (Refusal e) {
            return notEditable(e, id, flash);
        }
        model.addAttribute(FORM, DossierForm.of(d));
        return editPage(user, d, model);
    }

    @PostMapping("/{id}")
    @CheckedBy(DossierRules.Writable.class)
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @ModelAttribute(FORM) DossierForm form, BindingResult errors,
            @RequestParam(required = false) NomineeKind addNominee, @RequestParam(required = false) Integer removeNominee,
            @RequestParam(required = false) Integer addInitiative, @RequestParam(required = false) String removeInitiative,
            Model model, RedirectAttributes flash) {
        Dossier d;
        try {
            d = service.forEditing(user, id);
        } catch (Refusal e) {
            return notEditable(e, id, flash);
        }
        if (changeRows(form, new RowChange(addNominee, removeNominee, addInitiative, removeInitiative), model)) {
            return editPage(user, d, model);
        }
        form.setUnitCode(null);
        DossierRequest request = request(form, errors);
        if (!errors.hasErrors()) {
            try {
                service.update(user, id, request);
                flash.addFlashAttribute(NOTICE, "Đã lưu hồ sơ");
                return "redirect:/ho-so/" + id + "/sua";
            } catch (Refusal e) {
                refuseInForm(e, form, errors);
            }
        }
        return editPage(user, d, model);
    }

    @PostMapping("/{id}/tai-lieu")
    @CheckedBy(DossierRules.Writable.class)
    String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            MultipartHttpServletRequest request, RedirectAttributes flash) {
        String back = "redirect:/ho-so/" + id + "/sua#tai-lieu";
        MultipartFile file;
        try {
            // reading the file first: a file above the limit fails here, before the other fields are read
            file = request.getFile("file");
        } catch (MaxUploadSizeExceededException e) {
            service.forEditing(user, id);
            flash.addFlashAttribute(DOCUMENT_PROBLEM, UploadFailures.nameTooLong(e) ? UploadFailures.NAME_TOO_LONG : tooLarge());
            return back;
        } catch (MultipartException e) {
            flash.addFlashAttribute(DOCUMENT_PROBLEM, "Không đọc được tệp tải lên, hãy thử lại");
            return back;
        }
        String kindName = request.getParameter("kind");
        DocumentKind kind = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kindName)).findFirst()
                .orElse(null);
        if (kind == null) {
            service.forEditing(user, id);
            flash.addFlashAttribute(DOCUMENT_PROBLEM, "Chưa chọn loại tài liệu");
            return back;
        }
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            service.forEditing(user, id);
            flash.addFlashAttribute(DOCUMENT_PROBLEM, "Chưa chọn tệp để tải lên");
            return back;
        }
        try {
            DocumentInfo info = service.attach(user, id, kind, UploadedFile.of(file));
            flash.addFlashAttribute(DOCUMENT_NOTICE, "Đã tải lên tài liệu " + kind.label() + ": " + info.fileName());
        } catch (Refusal e) {
            rethrowAccess(e);
            flash.addFlashAttribute(DOCUMENT_PROBLEM, e.kind() == Refusal.Kind.TOO_LARGE ? tooLarge() : e.getMessage());
        }
        return back;
    }

    @PostMapping("/{id}/tai-lieu/{documentId}/xoa")
    @CheckedBy(DossierRules.Writable.class)
    String removeDocument(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long documentId, RedirectAttributes flash) {
        try {
            service.detach(user, id, documentId);
            flash.addFlashAttribute(DOCUMENT_NOTICE, "Đã xóa tài liệu");
        } catch (Refusal e) {
            rethrowAccess(e);
            flash.addFlashAttribute(DOCUMENT_PROBLEM, e.getMessage());
        }
        return "redirect:/ho-so/" + id + "/sua#tai-lieu";
    }

    /** The API's document link needs HTTP Basic or a Tasklist session; this one works with the pages' sign-in. */
    @GetMapping("/{id}/tai-lieu/{documentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @PathVariable long documentId, HttpServletResponse response) {
        return DossierDocumentController.send(service.download(user, id, documentId), response);
    }

    @PostMapping("/{id}/kiem-tra")
    @CheckedBy(DossierRules.Writable.class)
    String check(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        try {
            service.forEditing(user, id);
        } catch (Refusal e) {
            return notEditable(e, id, flash);
        }
        DossierService.SubmissionCheck check = service.submissionCheck(user, id);
        flash.addFlashAttribute(check.blocking().isEmpty() ? CHECK_NOTICE : CHECK_PROBLEM, check.sentence());
        return "redirect:/ho-so/" + id + "/sua#kiem-tra";
    }

    @PostMapping("/{id}/nop")
    @CheckedBy(DossierRules.Writable.class)
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String response, RedirectAttributes flash) {
        boolean resubmission;
        try {
            resubmission = service.forEditing(user, id).status() == DossierStatus.RETURNED;
        } catch (Refusal e) {
            return notEditable(e, id, flash);
        }
        try {
            service.submit(user, id, response);
        } catch (IncompleteDossierException e) {
            long errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            flash.addFlashAttribute(CHECK_PROBLEM, "Chưa nộp được hồ sơ: còn " + errors
                    + " lỗi phải sửa, xem danh sách dưới đây.");
            return "redirect:/ho-so/" + id + "/sua#kiem-tra";
        } catch (Refusal e) {
            rethrowAccess(e);
            flash.addFlashAttribute(CHECK_PROBLEM, e.getMessage());
            return "redirect:/ho-so/" + id + "/sua#kiem-tra";
        }
        flash.addFlashAttribute(NOTICE, (resubmission ? "Đã nộp lại hồ sơ " : "Đã nộp hồ sơ ")
                + service.get(user, id).code());
        return "redirect:/ho-so";
    }

    /**
     * A form naming a row beyond the limits (1001 nominees, 20 initiatives each), which no page of ours
     * sends: refused as a bad request before anything is read, not as a failure of the system.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView tooManyRows() {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatus.BAD_REQUEST);
        page.addObject("status", HttpStatus.BAD_REQUEST.value());
        return page;
    }

    private String newPage(CurrentUser user, Model model) {
        List<String> units = user.orgCodesWith(OrgRole.SECRETARY);
        DossierForm form = (DossierForm) model.getAttribute(FORM);
        String unit = form.getUnitCode() != null && units.contains(form.getUnitCode()) ? form.getUnitCode() : units.get(0);
        model.addAttribute("units", units.size() > 1 ? units : List.of());
        formChoices(unit, model);
        return "ho-so/moi";
    }

    private String editPage(CurrentUser user, Dossier d, Model model) {
        model.addAttribute("dossier", views.view(d));
        model.addAttribute("badge", StatusBadge.of(d.status()));
        model.addAttribute("check", service.submissionCheck(user, d.id()));
        model.addAttribute("documentKinds", DocumentKind.values());
        model.addAttribute("maxSize", maxDocumentSize.toMegabytes() + " MB");
        model.addAttribute("maxBytes", maxDocumentSize.toBytes());
        formChoices(d.unitCode(), model);
        return "ho-so/sua";
    }

    private void formChoices(String unitCode, Model model) {
        model.addAttribute("awards", awards.of(unitCode));
        model.addAttribute("dutyRatings", DutyRating.values());
        model.addAttribute("initiativeKinds", InitiativeKind.values());
        model.addAttribute("initiativeScopes", InitiativeScope.values());
    }

    /**
     * The buttons that add or remove a nominee, or an initiative of a person ({@code removeInitiative} is
     * "row:initiative row"), re-show the form without saving; an added initiative takes the focus.
     */
    record RowChange(NomineeKind addNominee, Integer removeNominee, Integer addInitiative, String removeInitiative) {
    }

    private static boolean changeRows(DossierForm form, RowChange change, Model model) {
        if (change.addNominee() != null) {
            form.addNominee(change.addNominee());
            return true;
        }
        if (change.removeNominee() != null) {
            form.removeNominee(change.removeNominee());
            return true;
        }
        if (change.addInitiative() != null) {
            int row = change.addInitiative();
            if (form.addInitiative(row)) {
                int added = form.getNominees().get(row).getInitiatives().size() - 1;
                model.addAttribute("focus", "n" + row + "-i" + added + "-title");
            }
            return true;
        }
        if (change.removeInitiative() != null) {
            String[] rows = change.removeInitiative().split(":", 2);
            if (rows.length == 2 && rows[0].matches("\\d{1,4}") && rows[1].matches("\\d{1,4}")) {
                form.removeInitiative(Integer.parseInt(rows[0]), Integer.parseInt(rows[1]));
            }
            return true;
        }
        return false;
    }

    /** The form read as the API's request, with Bean Validation's messages as the API gives them. */
    private DossierRequest request(DossierForm form, BindingResult errors) {
        DossierRequest request = form.toRequest(errors);
        validator.validate(request).forEach(v ->
                FormValues.reject(errors, form.formField(v.getPropertyPath().toString()), v.getMessage()));
        return request;
    }

    private static void refuseInForm(Refusal e, DossierForm form, BindingResult errors) {
        rethrowAccess(e);
        FormValues.reject(errors, form.formField(e.field()), e.getMessage());
    }

    /** Refusals of access are not the form's business: they show the page "Không có quyền" or "Không tìm thấy". */
    private static void rethrowAccess(Refusal e) {
        if (e.kind() == Refusal.Kind.FORBIDDEN || e.kind() == Refusal.Kind.NOT_FOUND) {
            throw e;
        }
    }

    /** A dossier no longer a draft nor returned: back to the list, which says why. */
    private static String notEditable(Refusal e, long id, RedirectAttributes flash) {
        rethrowAccess(e);
        flash.addFlashAttribute(PROBLEM, e.getMessage());
        return "redirect:/ho-so";
    }

    private String tooLarge() {
        return "Tệp vượt quá dung lượng cho phép (" + maxDocumentSize.toMegabytes() + " MB)";
    }
}
