package vn.khenthuong.security;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.DispatcherType;

@Configuration
@EnableWebSecurity
class SecurityConfig {

    /**
     * Camunda's REST API for integrations: HTTP Basic against the identity service (filter below); the
     * engine then applies its authorizations.
     */
    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http) throws Exception {
        // path patterns on the whole URI: /engine-rest is served by Jersey, not by Spring MVC's dispatcher
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                // /engine-rest takes HTTP Basic, which a browser may have cached: no writes from other sites
                .addFilterBefore(new CrossSiteWrites(), BasicAuthenticationFilter.class)
                .headers(h -> h.frameOptions(f -> f.sameOrigin()).referrerPolicy(r -> r.policy(REFERRER_POLICY)));
        return http.build();
    }

    /**
     * Tasklist, Cockpit and Admin with our one sign-in: whoever is not signed in goes to our sign-in page
     * (and back), Camunda's own login is refused, and signing out in a webapp ends the whole session.
     * Camunda's CSRF filter protects the webapps' API as before.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webappChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = path.matcher("/camunda/api/**");
        http.securityMatcher(path.matcher("/camunda/**"))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(path.matcher("/camunda/app/**"), api).authenticated()
                        .anyRequest().permitAll())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(unauthorized(), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(forbidden()))
                .logout(l -> l.logoutRequestMatcher(path.matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"))
                        .logoutSuccessHandler((request, response, signedOut) -> response.setStatus(204)))
                .csrf(c -> c.disable())
                .headers(h -> h.frameOptions(f -> f.sameOrigin()).referrerPolicy(r -> r.policy(REFERRER_POLICY)));
        return http.build();
    }

    /** After Spring Security's chain: the webapps take the signed-in person as their user. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignIn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("khenthuong-webapp-sign-in");
        registration.addInitParameter("authentication-provider", WebappSignIn.class.getName());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /**
     * Spring Boot Actuator: health (liveness, readiness) open to the load balancer and Docker, with its
     * details only for an administrator; metrics (Prometheus) only for an administrator, by HTTP Basic.
     */
    @Bean
    @Order(0)
    SecurityFilterChain operationsChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized()))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new RejectedRequests();
    }

    /**
     * Our API: HTTP Basic, or, for reading only, the session of someone signed in to Tasklist (the
     * document links in its forms). Writes a browser sends from another site are refused outright.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized()))
                .addFilterBefore(WebappSessionAuthenticationFilter.forApiReads(provider), BasicAuthenticationFilter.class)
                .addFilterBefore(new CrossSiteWrites(), WebappSessionAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized()).accessDeniedHandler(forbidden()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
                        // the Tasklist session we read must keep its id, or Tasklist loses its cookie
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * Our pages: a sign-in form with the same accounts as Tasklist (someone already signed in to
     * Tasklist is let in directly); CSRF tokens on every form; scripts and styles from our own files.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, CamundaIdentityAuthenticationProvider provider) throws Exception {
        http.authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage(SIGN_IN).failureUrl(SIGN_IN + "?loi").defaultSuccessUrl("/", false))
                .logout(l -> l.logoutUrl("/dang-xuat").logoutSuccessUrl(SIGN_IN + "?da-dang-xuat"))
                .addFilterBefore(WebappSessionAuthenticationFilter.forPages(provider), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(new PageRefusals()))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .contentSecurityPolicy(c -> c.policyDirectives(ContentSecurityPolicy.PAGES))
                        .referrerPolicy(r -> r.policy(REFERRER_POLICY)));
        return http.build();
    }

    static final String SIGN_IN = "/dang-nhap";

    /** Our addresses name dossiers and decisions: passed on within the system, never to another site. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    private static final String[] PUBLIC_PAGES = {SIGN_IN, "/assets/**", "/webjars/**", "/error", "/favicon.ico",
            "/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**", PageRefusals.PAGE};

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-rest-auth");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    private static AuthenticationEntryPoint unauthorized() {
        return (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Khen thuong\", charset=\"UTF-8\"");
            writeJson(response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập (tên đăng nhập và mật khẩu không đúng hoặc chưa có)");
        };
    }

    private static AccessDeniedHandler forbidden() {
        return (request, response, ex) -> writeJson(response, HttpStatus.FORBIDDEN, "Bạn không có quyền thực hiện thao tác này");
    }

    static void writeJson(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String message)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }
}
