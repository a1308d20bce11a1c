package vn.khenthuong.decision;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.khenthuong.web.ApiException;

/**
 * Refusals on the decision pages answer with a page, not with the API's JSON: "Không có quyền" for what
 * the person may not do, "Không tìm thấy" for a decision they may not read. Ordered before the API's handlers.
 */
@ControllerAdvice(assignableTypes = {DecisionListPage.class, DecisionDraftPages.class, DecisionDetailPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionPageErrors {

    @ExceptionHandler(ApiException.class)
    ModelAndView refused(ApiException e) {
        if (e.status() == HttpStatus.FORBIDDEN) {
            return new ModelAndView("khong-co-quyen", HttpStatus.FORBIDDEN);
        }
        return error(e.status());
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
