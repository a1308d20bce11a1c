package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.khenthuong.security.CurrentUser;

/** Who sent the request is in the log context while it runs, and nothing stays for the thread's next one. */
class RequestLogContextTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAccountAndTheDossierAreThereDuringTheRequestAndGoneAfter() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new CurrentUser("thuky.hoachung", List.of(), false), null, List.of()));
        AtomicReference<String> during = new AtomicReference<>();

        new RequestLogContext.Filter().doFilter(new MockHttpServletRequest("GET", "/api/dossiers/7"),
                new MockHttpServletResponse(), (request, response) -> {
                    RequestLogContext.dossier("HS-2026-000007");
                    during.set(MDC.get("account") + " " + MDC.get("dossier"));
                });

        assertThat(during.get()).isEqualTo("thuky.hoachung HS-2026-000007");
        assertThat(MDC.get("account")).isNull();
        assertThat(MDC.get("dossier")).isNull();
    }

    @Test
    void outsideARequestNoDossierIsLeftOnTheThread() {
        RequestLogContext.dossier("HS-2026-000007");
        assertThat(MDC.get("dossier")).as("start-up, jobs: nobody would clear it").isNull();
    }
}
