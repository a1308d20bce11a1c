package vn.khenthuong.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Content-Security-Policy of our pages: scripts, styles, images and forms only from our own
 * address; no inline script anywhere. The only inline styles allowed are fixed ones of the libraries
 * we serve from WebJars, by their hashes.
 */
final class ContentSecurityPolicy {

    /**
     * The style attributes the process diagram viewer (bpmn-js 8.0.0) writes: overlay containers, the
     * hidden SVG it measures text in, the bpmn.io logo its licence requires and the notice the logo
     * opens. Another version may write others: DossierPageBrowserIT names any the policy blocks.
     */
    private static final List<String> DIAGRAM_STYLE_ATTRIBUTES = List.of(
            "position: absolute",
            "position: absolute; width: 0; height: 0;",
            "visibility: hidden; position: fixed",
            "vertical-align:middle",
            "position: absolute; bottom: 15px; right: 15px; z-index: 100; color: #404040",
            "z-index: 1001;position: fixed;top: 0;left: 0;right: 0;bottom: 0",
            "width: 100%;height: 100%;background: rgba(40,40,40,0.2)",
            "position: absolute;left: 50%;top: 40%;transform: translate(-50%);width: 260px;padding: 10px;"
                    + "background: white;box-shadow: 0 1px 4px rgba(0,0,0,0.3);font-family: Helvetica, Arial, sans-serif;"
                    + "font-size: 14px;display: flex;line-height: 1.3",
            "margin: 15px 20px 15px 10px; align-self: center;color: #404040");

    /** The style element of Swagger UI's logo (Swagger UI 5.21, /swagger-ui.html); PageHeadersIT checks it. */
    private static final String API_DOCUMENTATION_STYLE =
            ".logo_small_svg__cls-2{fill:#fff}.logo_small_svg__cls-3{fill:#85ea2d}";

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-hashes' "
            + hashes(DIAGRAM_STYLE_ATTRIBUTES) + " " + sha256(API_DOCUMENTATION_STYLE) + "; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private ContentSecurityPolicy() {
    }

    private static String hashes(List<String> values) {
        return values.stream().map(ContentSecurityPolicy::sha256).collect(Collectors.joining(" "));
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
