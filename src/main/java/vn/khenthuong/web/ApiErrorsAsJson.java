package vn.khenthuong.web;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The error page of an /api request is rendered as if the client had asked for JSON: a client that asked
 * for XML, or a browser that asked for HTML, still learns in Vietnamese what went wrong (Spring Boot would
 * answer an empty 406, or the HTML error page). A filter rather than an error controller of our own: the
 * error page serves everyone, signed in or not, and no access rule belongs on it.
 */
@Configuration(proxyBeanMethods = false)
class ApiErrorsAsJson {

    @Bean
    FilterRegistrationBean<Filter> apiErrorsAcceptJson() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) ->
                chain.doFilter(ApiErrorAttributes.isApiError((HttpServletRequest) request)
                        ? new AcceptingJson((HttpServletRequest) request) : request, response));
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/error");
        return registration;
    }

    private static final class AcceptingJson extends HttpServletRequestWrapper {

        AcceptingJson(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.APPLICATION_JSON_VALUE : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(MediaType.APPLICATION_JSON_VALUE)) : super.getHeaders(name);
        }
    }
}
