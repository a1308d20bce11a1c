package vn.khenthuong.security;

import java.io.IOException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a state-changing API request a browser sent from another site. API clients send neither
 * header; a browser that has HTTP Basic credentials for us cached would attach them to a forged
 * request, which this stops whatever authenticates it.
 */
class CrossSiteWrites extends OncePerRequestFilter {

    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && crossSite(request)) {
            SecurityConfig.writeJson(response, HttpStatus.FORBIDDEN,
                    "Không nhận thao tác ghi gửi từ trang web khác; hãy dùng trang của hệ thống hoặc gọi API trực tiếp");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Sec-Fetch-Site where the browser sends it (it knows the page's origin); the Origin header otherwise. */
    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return !site.equals("same-origin") && !site.equals("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean defaultPort = request.getScheme().equals("http") && port == 80
                || request.getScheme().equals("https") && port == 443;
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
