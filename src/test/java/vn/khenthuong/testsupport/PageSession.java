package vn.khenthuong.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using our pages the way a browser does, without the browser: signs in on the form (session cookie,
 * CSRF token taken from every page it opens and sent with every form), redirects not followed. For checking
 * who may open and post what.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String csrf;

    private PageSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public static PageSession anonymous(String baseUrl) {
        PageSession session = new PageSession(baseUrl);
        session.get("/dang-nhap");
        return session;
    }

    /** A demo account signed in on the application listening on {@code port}. */
    public static PageSession signIn(int port, String user) {
        return signedIn("http://localhost:" + port, user, TestAccounts.PASSWORD);
    }

    public static PageSession signedIn(String baseUrl, String user, String password) {
        PageSession session = anonymous(baseUrl);
        HttpResponse<String> answer = session.post("/dang-nhap", Map.of("username", user, "password", password));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("loi")) {
            throw new IllegalStateException("Đăng nhập không được: " + user + " → " + answer.statusCode() + " " + location);
        }
        // the token changes with the sign-in: any page's sign-out form carries the new one
        session.get("/khong-co-quyen");
        return session;
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html").GET().build());
        Matcher token = CSRF.matcher(answer.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return answer;
    }

    public int status(String path) {
        return get(path).statusCode();
    }

    /** A download (CSV, PDF, Excel) as bytes. */
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

    /** Posts a form with the session's CSRF token, as a page's form would. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        return post(path, fields, csrf);
    }

    /** Posts a form with the given CSRF token (none when null), as a forged form on another site would. */
    public HttpResponse<String> post(String path, Map<String, String> fields, String token) {
        return post(path, List.copyOf(new LinkedHashMap<>(fields).entrySet()), token);
    }

    /** A form post whose fields may repeat (ticked boxes of one name), with the session's CSRF token. */
    public HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) {
        return post(path, fields, csrf);
    }

    private HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String token) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        if (token != null) {
            all.add(Map.entry("_csrf", token));
        }
        String body = all.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A file upload as the page's form sends it: the CSRF token a field of the body, the file in one fixed-length body. */
    public HttpResponse<String> upload(String path, String kind, String fileName, byte[] content) {
        String boundary = "page-it-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
                    + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
