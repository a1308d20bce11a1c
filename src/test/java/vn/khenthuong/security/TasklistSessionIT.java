package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.SignInForm;

/**
 * Someone signed in to Tasklist opens our API links (the dossier's documents) in the same session; the
 * session cookie changes nothing through the API, which a forged request from another site would use.
 */
@PostgresIntegrationTest
class TasklistSessionIT {

    private static final String EVIL_SITE = "https://ke-gian.example";
    private static final String DRAFT = """
            {"awardCode": "LDTT", "periodYear": 2026, "nominees": [{"kind": "INDIVIDUAL", "fullName": "Lục Thị Phiên",
             "cccd": "004190888888", "birthDate": "1990-01-01", "dutyRating": "HTT", "monthsOfService": 12}]}""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void tasklistSessionAuthenticatesOurApiAndSurvivesIt() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertThat(browser.send(get("/api/notifications").build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        signInToTasklist(browser, "noivu.tpcb");

        for (int i = 0; i < 2; i++) {
            assertThat(browser.send(get("/api/notifications").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(browser.send(get("/camunda/api/engine/engine/default/task").build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("Tasklist keeps working").isEqualTo(200);
    }

    @Test
    void theTasklistSessionReadsThroughTheApiButChangesNothing() throws Exception {
        long draft = new ObjectMapper().readTree(send(basic(post("/api/dossiers", DRAFT), "thuky.hoachung")).body())
                .get("id").asLong();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String xsrf = signInToTasklist(browser, "thuky.hoachung");
        assertThat(browser.send(get("/api/dossiers/" + draft).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
        long dossiers = count();

        HttpResponse<String> forged = browser.send(post("/api/dossiers/" + draft + "/withdraw", "{}")
                .header("Origin", EVIL_SITE).header("Sec-Fetch-Site", "cross-site").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Không nhận thao tác ghi gửi từ trang web khác");
        assertThat(browser.send(post("/api/dossiers/" + draft + "/withdraw", "{}").header("Origin", EVIL_SITE).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).as("a browser without Sec-Fetch-Site").isEqualTo(403);

        // same origin, even with Tasklist's own CSRF token: the session is for reading only
        for (HttpRequest.Builder sameOrigin : new HttpRequest.Builder[] {
                post("/api/dossiers/" + draft + "/withdraw", "{}"), post("/api/dossiers", DRAFT)}) {
            assertThat(browser.send(sameOrigin.header("Sec-Fetch-Site", "same-origin").header("X-XSRF-TOKEN", xsrf)
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);
        }
        assertThat(status(draft)).isEqualTo("DRAFT");
        assertThat(count()).isEqualTo(dossiers);

        // HTTP Basic from a client is unaffected; from a browser on another site it is refused too
        assertThat(send(basic(post("/api/dossiers/" + draft + "/withdraw", "{}"), "thuky.hoachung")
                .header("Sec-Fetch-Site", "cross-site")).statusCode()).isEqualTo(403);
        assertThat(status(draft)).isEqualTo("DRAFT");
        assertThat(send(basic(post("/api/dossiers/" + draft + "/withdraw", "{}"), "thuky.hoachung")).statusCode())
                .isEqualTo(200);
        assertThat(status(draft)).isEqualTo("WITHDRAWN");
    }

    /** Signs in once, on our sign-in page, then opens Tasklist; answers Tasklist's CSRF token. */
    private String signInToTasklist(HttpClient browser, String user) throws IOException, InterruptedException {
        assertThat(SignInForm.signIn(browser, "http://localhost:" + port, user).statusCode()).isEqualTo(302);
        HttpResponse<Void> tasklist = browser.send(get("/camunda/app/tasklist/default/").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(tasklist.statusCode()).isEqualTo(200);
        return tasklist.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder basic(HttpRequest.Builder request, String user) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String status(long dossier) {
        return jdbc.sql("select status from dossier where id = ?").param(dossier).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }
}
