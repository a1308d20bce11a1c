package vn.khenthuong.pdf;

/**
 * Typographic double quotes for printed documents: the names of titles and movements are quoted “…”, as Vietnamese
 * typesetting and Decree 30/2020 documents do, whatever the keyboard typed. Liberation Serif has both glyphs.
 */
public final class Quotes {

    public static final char OPENING = '\u201C';
    public static final char CLOSING = '\u201D';
    private static final String BEFORE_OPENING = "([{\u201C\u2018-\u2013\u2014/";

    private Quotes() {
    }

    /**
     * Turns each straight double quote into an opening one at the start of the text or after a space or an opening
     * bracket or dash, and into a closing one elsewhere: {@code phong trào "Dạy tốt, học tốt"} becomes
     * {@code phong trào “Dạy tốt, học tốt”}.
     */
    public static String typographic(String text) {
        if (text == null || text.indexOf('"') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '"') {
                out.append(c);
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            boolean opening = Character.isWhitespace(before) || BEFORE_OPENING.indexOf(before) >= 0;
            out.append(opening ? OPENING : CLOSING);
        }
        return out.toString();
    }
}
