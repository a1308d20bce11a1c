package vn.khenthuong.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using our pages without a browser: signs in on the form (session cookie, CSRF token) and
 * answers the status of each page, redirects not followed. For authorization matrices.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http;
    private String csrf;

    private PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static PageSession anonymous(String baseUrl) {
        PageSession session = new PageSession(baseUrl);
        session.get("/dang-nhap");
        return session;
    }

    public static PageSession signedIn(String baseUrl, String user, String password) {
        PageSession session = anonymous(baseUrl);
        HttpResponse<String> answer = session.post("/dang-nhap", Map.of("username", user, "password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("loi")) {
            throw new IllegalStateException("Đăng nhập không được: " + user + " → " + answer.statusCode() + " " + location);
        }
        session.get("/khong-co-quyen");
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html").GET());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return answer;
    }

    /** A download (CSV, PDF) as bytes. */
    public HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status(String path) {
        return get(path).statusCode();
    }

    /** Posts a form with the session's CSRF token, as a page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, csrf);
    }

    /** Posts a form with the given CSRF token (none when null), as a forged form on another site would. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String token) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        if (token != null) {
            form.put("_csrf", token);
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
