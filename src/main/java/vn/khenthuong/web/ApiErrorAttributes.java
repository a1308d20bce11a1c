package vn.khenthuong.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.RequestDispatcher;

/**
 * The body of the error page for what no controller of ours refused: an unknown path, a wrong method
 * or media type, a request the server or a filter turned away. On /api it is an {@link ApiError} with
 * a Vietnamese message (never Spring Boot's English "error"); elsewhere Spring Boot's own.
 */
@Component
class ApiErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        if (!ApiErrors.isApi(path)) {
            return super.getErrorAttributes(request, options);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        ApiError error = ApiErrors.of(getError(request), status instanceof Integer code ? code : 500, path);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", error.message());
        if (error.field() != null) {
            body.put("field", error.field());
        }
        return body;
    }

    static boolean isApiError(jakarta.servlet.http.HttpServletRequest request) {
        return ApiErrors.isApi((String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    }
}
