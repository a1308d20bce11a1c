package vn.khenthuong.security;

import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.khenthuong.kernel.Refusal;

/**
 * Applies a controller method's {@link CheckedBy} rule once the method is known and before its arguments
 * are resolved: the body is neither parsed nor validated for someone who may not make the request. A
 * refusal thrown here reaches the controller's own exception handlers (JSON for the API, a page for pages).
 */
@Component
class AccessRuleInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final ApplicationContext context;

    AccessRuleInterceptor(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            CheckedBy rule = method.getMethodAnnotation(CheckedBy.class);
            if (rule != null) {
                context.getBean(rule.value()).check(currentUser(), pathVariables(request));
            }
        }
        return true;
    }

    private static CurrentUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw Refusal.forbidden();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of();
    }
}
