package vn.khenthuong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.SignInForm;

/**
 * One sign-in for the pages and Camunda's webapps: signed in on our page, Tasklist (and Cockpit, Admin for
 * whom the engine allows them) know the person; Camunda's own login is refused; signing out on either
 * side ends both.
 */
@PostgresIntegrationTest
class OneSignInIT {

    private static final Pattern CSRF = SignInForm.CSRF;

    @LocalServerPort
    int port;

    @Test
    void signedInOnOurPageTheWebappsKnowThePersonAndTheirApps() throws Exception {
        Person reviewer = new Person().signIn("noivu.tpcb");
        assertThat(reviewer.get("/camunda/app/tasklist/default/").statusCode()).as("no second sign-in").isEqualTo(200);
        JsonNode who = reviewer.json("/camunda/api/admin/auth/user/default");
        assertThat(who.get("userId").asText()).isEqualTo("noivu.tpcb");
        assertThat(who.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit", "admin");
        assertThat(reviewer.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);

        Person administrator = new Person().signIn("admin");
        assertThat(administrator.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        JsonNode admin = administrator.json("/camunda/api/admin/auth/user/default");
        assertThat(admin.get("authorizedApps").toString()).contains("tasklist", "cockpit", "admin");
    }

    @Test
    void whoeverIsNotSignedInIsSentToOurSignInPageAndTheApiAnswers401() throws Exception {
        Person nobody = new Person();
        HttpResponse<String> tasklist = nobody.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.statusCode()).isEqualTo(302);
        assertThat(tasklist.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");
        assertThat(nobody.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(401);
        assertThat(nobody.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void camundasOwnLoginIsRefusedEvenWithTheRightPassword() throws Exception {
        Person person = new Person();
        person.get("/dang-nhap");
        HttpResponse<String> login = person.post("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=noivu.tpcb&password=demo");
        assertThat(login.statusCode()).isIn(401, 403);
        assertThat(person.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutInTasklistEndsThePagesSessionToo() throws Exception {
        Person person = new Person().signIn("thuky.hoachung");
        assertThat(person.get("/ho-so").statusCode()).isEqualTo(200);
        person.get("/camunda/app/tasklist/default/");

        assertThat(person.post("/camunda/api/admin/auth/user/default/logout", "").statusCode()).isEqualTo(204);

        assertThat(person.get("/ho-so").statusCode()).as("the pages' session ended").isEqualTo(302);
        assertThat(person.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutOnOurPagesEndsTasklistsSessionToo() throws Exception {
        Person person = new Person().signIn("noivu.tpcb");
        assertThat(person.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(200);
        String page = person.get("/ho-so").body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();

        person.post("/dang-xuat", "_csrf=" + token.group(1));

        assertThat(person.get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
        assertThat(person.get("/camunda/app/tasklist/default/").statusCode()).isEqualTo(302);
    }

    /** A browser: cookies, no automatic redirects, Camunda's CSRF header from its cookie. */
    private final class Person {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        Person signIn(String user) {
            HttpResponse<String> signIn = SignInForm.signIn(http, "http://localhost:" + port, user);
            assertThat(signIn.statusCode()).isEqualTo(302);
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        JsonNode json(String path) throws IOException, InterruptedException {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            return DossierApiClient.JSON.readTree(answer.body());
        }

        HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }
}
