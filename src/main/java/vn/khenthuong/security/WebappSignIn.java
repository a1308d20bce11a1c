package vn.khenthuong.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One sign-in: Tasklist, Cockpit and Admin trust whoever signed in on our sign-in page (Spring Security).
 * Camunda's container-based authentication filter asks this provider who the request's user is; the
 * engine then gives them their groups and applies its authorizations as always. Public with a public
 * constructor: the filter creates it by its class name.
 */
public class WebappSignIn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof CurrentUser user) {
            return AuthenticationResult.successful(user.userId());
        }
        return AuthenticationResult.unsuccessful();
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // the webapps' pages are sent to our sign-in page by Spring Security before they get here
    }
}
