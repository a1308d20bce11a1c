package vn.khenthuong.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Someone signed in (once, on our sign-in page) using Tasklist, calling the engine API the way Tasklist does: session cookie and
 * Camunda's CSRF token header, on {@code /camunda/api/engine/engine/default/…}.
 */
public final class TasklistSession {


    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    private TasklistSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Signed in once, on our sign-in page, then in Tasklist as a browser would be. */
    public static TasklistSession signedIn(String baseUrl, String user) {
        TasklistSession session = new TasklistSession(baseUrl);
        SignInForm.signIn(session.http, baseUrl, user);
        // Tasklist's page hands out the CSRF token its API calls carry
        session.send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/tasklist/default/")).GET());
        return session;
    }

    /** A call to the engine API behind Tasklist, e.g. {@code POST /task/{id}/submit-form}. */
    public HttpResponse<String> engine(String method, String path, Object body) {
        String json = body == null ? "" : DossierApiClient.JSON.valueToTree(body).toString();
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/engine/engine/default" + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, json.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> submitForm(String taskId, java.util.Map<String, Object> variables) {
        return engine("POST", "/task/" + taskId + "/submit-form",
                java.util.Map.of("variables", EngineRestClient.typed(variables)));
    }

    public static String message(HttpResponse<String> answer) {
        try {
            JsonNode body = DossierApiClient.JSON.readTree(answer.body());
            return body.path("message").asText(answer.body());
        } catch (IOException e) {
            return answer.body();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .ifPresent(token -> request.header("X-XSRF-TOKEN", token.getValue()));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
