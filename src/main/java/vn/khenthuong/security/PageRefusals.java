package vn.khenthuong.security;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page request the filter chain refuses (no or a wrong CSRF token, a role that may not) gets the
 * Vietnamese "Không có quyền" page, whatever its method: the page is served by a GET route, so the
 * refused POST is forwarded to it as a GET (a plain forward would answer 405).
 */
class PageRefusals implements AccessDeniedHandler {

    static final String PAGE = "/khong-co-quyen";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && uploadTooLarge(request)) {
            // the token is in the body, which the server stopped reading at the size limit
            response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        request.getRequestDispatcher(PAGE).forward(new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
    }

    private static boolean uploadTooLarge(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase().startsWith("multipart/")) {
            return false;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException e) {
            return true;
        } catch (IOException | ServletException e) {
            return false;
        }
    }
}
