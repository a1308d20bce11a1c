package vn.khenthuong.web;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.khenthuong.security.CurrentUser;

/**
 * Every log line written while a request is handled names who sent it ({@code account}) and, once the
 * request has opened a dossier, which ({@code dossier}, put by the dossier feature); the log pattern shows
 * both (application.yml, logging.pattern.correlation). Nothing is left behind for the thread's next request.
 */
@Configuration(proxyBeanMethods = false)
public class RequestLogContext {

    static final String ACCOUNT = "account";
    /** Also the key of the engine's business key (camunda.bpm…loggingContextBusinessKey): the dossier code. */
    static final String DOSSIER = "dossier";
    private static final ThreadLocal<Boolean> IN_REQUEST = ThreadLocal.withInitial(() -> false);

    /** The dossier the current request works on, for its log lines; outside a request (start-up, jobs) nothing. */
    public static void dossier(String code) {
        if (IN_REQUEST.get()) {
            MDC.put(DOSSIER, code);
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLogContextFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setName("request-log-context");
        // after Spring Security's chain, which knows who is signed in
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who != null && who.getPrincipal() instanceof CurrentUser user) {
                MDC.put(ACCOUNT, user.userId());
            }
            IN_REQUEST.set(true);
            try {
                chain.doFilter(request, response);
            } finally {
                IN_REQUEST.remove();
                MDC.remove(ACCOUNT);
                MDC.remove(DOSSIER);
            }
        }
    }
}
