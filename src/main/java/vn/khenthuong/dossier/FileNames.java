package vn.khenthuong.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.web.InputFields;
import vn.khenthuong.web.UploadFailures;

/** Names of uploaded files: what we store, and how we send them back in Content-Disposition. */
final class FileNames {

    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    /**
     * The name without any client path, in NFC and without invisible characters; a default if none.
     * Refused (400 on {@code file}): control characters such as NUL, broken Unicode, more than 255 characters.
     */
    static String clean(String original, DocumentType type) {
        String name = original == null ? "" : original;
        name = InputFields.line("file", "Tên tệp", name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1));
        if (name == null || name.equals(".") || name.equals("..")) {
            return "tai-lieu." + type.name().toLowerCase(Locale.ROOT);
        }
        if (name.length() > MAX_LENGTH) {
            throw Refusal.invalid("file", UploadFailures.NAME_TOO_LONG);
        }
        return name;
    }

    /**
     * {@code inline} for what a browser shows itself (PDF, PNG, JPEG, GIF: a reviewer reads it in a new tab),
     * {@code attachment} for the rest; with an ASCII fallback name and the exact name as RFC 5987 UTF-8
     * {@code filename*}.
     */
    static String contentDisposition(String fileName, String contentType) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        String disposition = SHOWN_BY_BROWSERS.contains(contentType) ? "inline" : "attachment";
        return disposition + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encoded;
    }

    private static final Set<String> SHOWN_BY_BROWSERS = Set.of("application/pdf", "image/png",
            "image/jpeg", "image/gif");

    static String asciiFallback(String fileName) {
        String base = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        StringBuilder out = new StringBuilder();
        for (char c : base.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
