package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;

/** The session and Tasklist's CSRF cookie are not sent with requests from other sites. */
@PostgresIntegrationTest
class PageHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSameSiteLax() throws Exception {
        assertThat(cookie(firstVisit("/dang-nhap"), "JSESSIONID")).contains("SameSite=Lax", "HttpOnly");
    }

    @Test
    void tasklistsCookiesAreSameSiteLax() throws Exception {
        HttpHeaders tasklist = firstVisit("/camunda/app/tasklist/default/");
        assertThat(cookie(tasklist, "XSRF-TOKEN")).contains("SameSite=Lax");
        assertThat(cookie(tasklist, "JSESSIONID")).contains("SameSite=Lax", "HttpOnly");
        assertThat(tasklist.allValues("Set-Cookie")).allSatisfy(c ->
                assertThat(c.split("SameSite", -1)).as("one SameSite attribute: " + c).hasSizeLessThanOrEqualTo(2));
    }

    private HttpHeaders firstVisit(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
                HttpResponse.BodyHandlers.discarding()).headers();
    }

    private static String cookie(HttpHeaders headers, String name) {
        return headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + headers.map()));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
