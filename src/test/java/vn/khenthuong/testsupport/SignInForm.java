package vn.khenthuong.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sign-in, as a browser goes through it: our sign-in page's form with its CSRF token. The client
 * keeps the session (a cookie handler) for the pages, Tasklist, Cockpit and Admin alike.
 */
public final class SignInForm {

    public static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private SignInForm() {
    }

    /** Signs {@code user} in with the demo password; the answer of the form (302 onwards, unless followed). */
    public static HttpResponse<String> signIn(HttpClient client, String baseUrl, String user) {
        HttpResponse<String> page = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/dang-nhap")).GET());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("Trang đăng nhập không có mã CSRF");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(client, HttpRequest.newBuilder(URI.create(baseUrl + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (signedIn.headers().firstValue("Location").orElse(signedIn.uri().toString()).contains("loi")) {
            throw new IllegalStateException("Đăng nhập không được: " + user);
        }
        return signedIn;
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
