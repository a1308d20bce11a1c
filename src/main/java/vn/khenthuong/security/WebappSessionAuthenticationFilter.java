package vn.khenthuong.security;

import java.io.IOException;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a person signed in to Tasklist use our pages, and open our API links (documents of a dossier),
 * without a second sign-in. On the API it is limited to reading: there the session is a cookie the
 * browser also sends with a forged cross-site request, and nothing (no CSRF token) tells the two apart.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final CamundaIdentityAuthenticationProvider provider;
    private final boolean readingOnly;

    private WebappSessionAuthenticationFilter(CamundaIdentityAuthenticationProvider provider, boolean readingOnly) {
        this.provider = provider;
        this.readingOnly = readingOnly;
    }

    /** For the pages, whose forms carry a CSRF token. */
    static WebappSessionAuthenticationFilter forPages(CamundaIdentityAuthenticationProvider provider) {
        return new WebappSessionAuthenticationFilter(provider, false);
    }

    /** For the API: GET, HEAD and OPTIONS only; writes need HTTP Basic. */
    static WebappSessionAuthenticationFilter forApiReads(CamundaIdentityAuthenticationProvider provider) {
        return new WebappSessionAuthenticationFilter(provider, true);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return readingOnly && !CrossSiteWrites.SAFE_METHODS.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && request.getHeader("Authorization") == null
                && SecurityContextHolder.getContext().getAuthentication() == null) {
            Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
            if (auths != null && auths.hasAuthenticationForProcessEngine(ENGINE)) {
                String userId = auths.getAuthenticationForProcessEngine(ENGINE).getName();
                SecurityContextHolder.getContext().setAuthentication(provider.authenticated(userId));
            }
        }
        chain.doFilter(request, response);
    }
}
