package vn.khenthuong.decision;

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
 * Refusals on the decision pages answer with a page, not with the API's JSON: "Không có quyền" for what
 * the person may not do, "Không tìm thấy" for a decision they may not read. Ordered before the API's handlers.
 */
@ControllerAdvice(assignableTypes = {DecisionListPage.class, DecisionDraftPages.class, DecisionDetailPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionPageErrors {

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

    private static ModelAndView error(HttpStatus status) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        return page;
    }
}
