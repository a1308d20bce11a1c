package vn.khenthuong.workflow;

/**
 * User-written text (names, movements, comments, file names) placed in the Markdown that Tasklist forms
 * render: every ASCII punctuation character is backslash-escaped, so the text shows as typed and can
 * make no link, image, HTML, heading or form template ({@code {{…}}}) in a reviewer's form.
 */
public final class TasklistMarkdown {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private TasklistMarkdown() {
    }

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        value.codePoints().forEach(c -> {
            if (c < 128 && PUNCTUATION.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.appendCodePoint(c);
        });
        return escaped.toString();
    }
}
