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

/** Lets a person signed in to Tasklist open our API links (documents of a dossier) without a second sign-in. */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE = "default";

    private final CamundaIdentityAuthenticationProvider provider;

    WebappSessionAuthenticationFilter(CamundaIdentityAuthenticationProvider provider) {
        this.provider = provider;
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
