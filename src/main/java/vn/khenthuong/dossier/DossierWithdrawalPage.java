package vn.khenthuong.dossier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.security.CheckedBy;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.Page;

/** "Rút hồ sơ" on the dossier's page: the unit takes its dossier back, with the reason everyone will read. */
@Controller
@Page
class DossierWithdrawalPage {

    static final String WITHDRAWN = "withdrawn";
    static final String WITHDRAW_PROBLEM = "withdrawProblem";

    private final DossierService service;

    DossierWithdrawalPage(DossierService service) {
        this.service = service;
    }

    @PostMapping("/ho-so/{id:\\d+}/rut")
    @CheckedBy(DossierRules.Writable.class)
    String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        if (reason == null || reason.isBlank()) {
            flash.addFlashAttribute(WITHDRAW_PROBLEM, "Ghi lý do rút hồ sơ: các cấp xét duyệt sẽ đọc lý do này.");
            return "redirect:/ho-so/" + id + "#rut-ho-so";
        }
        try {
            service.withdraw(user, id, reason);
        } catch (Refusal e) {
            if (e.kind() == Refusal.Kind.FORBIDDEN || e.kind() == Refusal.Kind.NOT_FOUND) {
                throw e;
            }
            flash.addFlashAttribute(WITHDRAW_PROBLEM, e.getMessage());
            return "redirect:/ho-so/" + id + "#rut-ho-so";
        }
        flash.addFlashAttribute(WITHDRAWN, "Đã rút hồ sơ " + service.get(user, id).code());
        return "redirect:/ho-so/" + id;
    }
}
