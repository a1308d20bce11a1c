package vn.khenthuong.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

import vn.khenthuong.kernel.Refusal;

/** Refusals of {@link Page} controllers as pages: "Không có quyền" for 403, the error page otherwise. */
@ControllerAdvice(annotations = Page.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    @ExceptionHandler(Refusal.class)
    ModelAndView refused(Refusal e) {
        return page(RefusalStatus.of(e), e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp vượt quá dung lượng cho phép");
    }

    /** An address whose number is not a number names nothing: "Không tìm thấy", as for any unknown page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badAddress() {
        return page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView denied() {
        return page(HttpStatus.FORBIDDEN, null);
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView(status == HttpStatus.FORBIDDEN ? "khong-co-quyen" : "error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
