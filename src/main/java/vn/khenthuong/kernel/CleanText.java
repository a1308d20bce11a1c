package vn.khenthuong.kernel;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as people type it, made storable and comparable in one place: Unicode NFC, without invisible
 * format characters (zero-width spaces and joiners, direction overrides, BOM, soft hyphen), and
 * refused when it holds control characters (NUL…) or broken UTF-16 (a lone surrogate), which no
 * keyboard produces and PostgreSQL cannot store.
 */
public final class CleanText {

    private static final Pattern FORMAT = Pattern.compile("\\p{Cf}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\u2028\\u2029]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CleanText() {
    }

    /** Text holding characters we refuse; the message is Vietnamese, says what is wrong but not where. */
    public static final class RefusedText extends IllegalArgumentException {

        RefusedText(String message) {
            super(message);
        }
    }

    /**
     * NFC without format characters, nothing trimmed; null stays null.
     *
     * @throws RefusedText for a control character other than tab and line breaks, or a lone surrogate
     */
    public static String checked(String s) {
        if (s == null) {
            return null;
        }
        boolean format = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                format |= Character.getType(s.codePointAt(i)) == Character.FORMAT;
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new RefusedText("chứa ký tự Unicode hỏng (nửa cặp UTF-16 " + hex(c) + ")");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw new RefusedText("chứa ký tự điều khiển không được phép (" + hex(c) + ")");
            } else {
                format |= Character.getType(c) == Character.FORMAT;
            }
        }
        // format characters go first: one between a letter and its mark would keep them apart
        String visible = format ? FORMAT.matcher(s).replaceAll("") : s;
        return Normalizer.isNormalized(visible, Normalizer.Form.NFC) ? visible
                : Normalizer.normalize(visible, Normalizer.Form.NFC);
    }

    /** One line (names, codes, titles): {@link #checked}, each run of white space one space, trimmed; blank is null. */
    public static String line(String s) {
        String checked = checked(s);
        return checked == null ? null : blankToNull(SPACES.matcher(checked).replaceAll(" ").strip());
    }

    /** Free text (summaries, comments, reasons): {@link #checked}, line breaks as {@code \n}, trimmed; blank is null. */
    public static String text(String s) {
        String checked = checked(s);
        return checked == null ? null : blankToNull(LINE_BREAK.matcher(checked).replaceAll("\n").strip());
    }

    /** Unicode NFC of text we compose ourselves (documents, hashes); null stays null. */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** For matching: lower case, without marks, đ as d, single spaces ("  Ngô Thị ĐÀO " → "ngo thi dao"); null stays null. */
    public static String fold(String s) {
        if (s == null) {
            return null;
        }
        String bare = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static String hex(char c) {
        return String.format("U+%04X", (int) c);
    }
}
