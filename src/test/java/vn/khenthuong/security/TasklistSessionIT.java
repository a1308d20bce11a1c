package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.khenthuong.PostgresIntegrationTest;

/** Someone signed in to Tasklist opens our API links (the dossier's documents) in the same session. */
@PostgresIntegrationTest
class TasklistSessionIT {

    @LocalServerPort
    int port;

    @Test
    void tasklistSessionAuthenticatesOurApiAndSurvivesIt() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();

        assertThat(browser.send(get("/api/notifications"), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(401);
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=noivu.tpcb&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        for (int i = 0; i < 2; i++) {
            assertThat(browser.send(get("/api/notifications"), HttpResponse.BodyHandlers.ofString()).statusCode())
                    .isEqualTo(200);
        }
        assertThat(browser.send(get("/camunda/api/engine/engine/default/task"), HttpResponse.BodyHandlers.ofString())
                .statusCode()).as("Tasklist keeps working").isEqualTo(200);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET().build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
