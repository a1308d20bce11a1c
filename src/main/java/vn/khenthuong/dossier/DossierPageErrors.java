package vn.khenthuong.dossier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.web.RefusalStatus;

/**
 * Refusals on the dossier pages answer with a page, not with the API's JSON: "Không có quyền" for what
 * the person may not do, "Không tìm thấy" for a dossier they may not see. Ordered before the API's handlers.
 */
@ControllerAdvice(assignableTypes = {DossierListPage.class, DossierEditPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DossierPageErrors {

    private static final Logger log = LoggerFactory.getLogger(DossierPageErrors.class);

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal e) {
        if (e.kind() == Refusal.Kind.FORBIDDEN) {
            return new ModelAndView("khong-co-quyen", HttpStatus.FORBIDDEN);
        }
        return error(RefusalStatus.of(e));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badAddress(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.NOT_FOUND);
    }

    /** The process failed: the transaction rolled back and nothing changed. */
    @ExceptionHandler(ProcessFailureException.class)
    ModelAndView failed(ProcessFailureException e) {
        log.error("Thao tác trên hồ sơ thất bại", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    private static ModelAndView error(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
