package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.Browser;
import vn.khenthuong.testsupport.PageSession;
import vn.khenthuong.testsupport.SignInForm;

/**
 * Our pages allow scripts and styles only from our own files and tell other sites nothing of their
 * addresses; the session and Tasklist's CSRF cookie are not sent with requests from other sites.
 */
@PostgresIntegrationTest
class PageHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void pagesCarryTheirContentSecurityAndReferrerPolicies() {
        PageSession anonymous = PageSession.anonymous(base());
        PageSession secretary = PageSession.signedIn(base(), "thuky.hoachung", "demo");
        for (HttpResponse<String> page : List.of(anonymous.get("/dang-nhap"), secretary.get("/ho-so"),
                secretary.get("/ho-so/moi"), secretary.get("/quyet-dinh"), secretary.get("/xac-minh"),
                secretary.get("/kiem-toan"), anonymous.get("/khong-co-trang-nay"))) {
            HttpHeaders headers = page.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page.uri().getPath()).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                            "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'self'")
                            .doesNotContain("unsafe-inline", "unsafe-eval"));
            assertThat(headers.firstValue("Referrer-Policy")).as(page.uri().getPath()).contains("same-origin");
        }
    }

    @Test
    void theApiDocumentationRunsWithinThePolicy() {
        try (Browser browser = new Browser(base())) {
            browser.open("/swagger-ui.html");
            browser.waitUntil(d -> d.getPageSource().contains("Hồ sơ đề nghị khen thưởng"));
            assertThat(browser.contentSecurityViolations()).isEmpty();
        }
    }

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        assertThat(cookie(firstVisit("/dang-nhap"), "JSESSIONID")).contains("SameSite=Lax", "HttpOnly");
    }

    @Test
    void tasklistsCookiesAreSameSiteLax() throws Exception {
        HttpHeaders tasklist = signedInVisit("/camunda/app/tasklist/default/");
        // the session cookie comes with the sign-in (theSessionCookieIsSameSiteLax); Tasklist adds its CSRF cookie
        assertThat(cookie(tasklist, "XSRF-TOKEN")).contains("SameSite=Lax");
        assertThat(tasklist.allValues("Set-Cookie")).allSatisfy(c ->
                assertThat(c.split("SameSite", -1)).as("one SameSite attribute: " + c).hasSizeLessThanOrEqualTo(2));
    }

    private HttpHeaders firstVisit(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
    }

    /** The headers of a page opened right after signing in (one sign-in for the pages and Tasklist). */
    private HttpHeaders signedInVisit(String path) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        SignInForm.signIn(browser, base(), "noivu.tpcb");
        return browser.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
    }

    private static String cookie(HttpHeaders headers, String name) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + headers.map()));
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** What Tomcat or the firewall refuses before the application: a Vietnamese page, not Tomcat's English report. */
    @Test
    void aMalformedAddressOrMethodIsAnsweredInVietnamese() throws IOException {
        for (String request : List.of("GET /ho-so/%zz HTTP/1.1", "GET /ho-so/%2F HTTP/1.1", "PROPFIND /ho-so HTTP/1.1")) {
            String answer = raw(request);
            assertThat(answer).as(request).startsWith("HTTP/1.1 400").contains("Yêu cầu").doesNotContain("Bad Request</h1>",
                    "Apache Tomcat");
        }
    }

    private String raw(String requestLine) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
