package vn.khenthuong.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What Spring Security's firewall turns away before any filter or error page runs (a method such as
 * TRACE or PROPFIND, a path with a forbidden character): answered here in Vietnamese, JSON for the APIs.
 * The error page cannot do it: its dispatch would carry the same request and be turned away again.
 */
class RejectedRequests implements RequestRejectedHandler {

    static final String MESSAGE = "Yêu cầu bị từ chối: phương thức hoặc địa chỉ không hợp lệ";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // on an error dispatch (Tomcat refusing TRACE), the address the client asked for
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        if (path.startsWith("/api") || path.startsWith("/engine-rest") || path.startsWith("/camunda/api")) {
            SecurityConfig.writeJson(response, HttpStatus.BAD_REQUEST, MESSAGE);
            return;
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Lỗi 400 - Khen thưởng"
                + "</title></head><body><h1>" + MESSAGE + "</h1><p><a href=\"/\">Về trang chủ</a></p></body></html>");
    }
}
