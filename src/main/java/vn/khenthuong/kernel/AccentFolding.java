package vn.khenthuong.kernel;

import java.text.Normalizer;

/**
 * Vietnamese text reduced for matching ("Nguyễn Thị Đào" → "nguyen thi dao") in SQL, as
 * {@link vn.khenthuong.kernel.CleanText#fold} does in Java: {@code translate(column, MARKED, PLAIN)},
 * which H2 and PostgreSQL both have, then {@code lower()} for the ASCII letters left; no database
 * extension and no locale needed.
 */
public final class AccentFolding {

    /** Every precomposed Latin letter with marks (Vietnamese: all 134), upper and lower case, and Đ, đ. */
    public static final String MARKED;
    /** The lower-case base letter of each letter of {@link #MARKED}, at the same position. */
    public static final String PLAIN;

    static {
        StringBuilder marked = new StringBuilder("Đđ");
        StringBuilder plain = new StringBuilder("dd");
        for (int[] range : new int[][] {{0xC0, 0x24F}, {0x1E00, 0x1EFF}}) {
            for (char c = (char) range[0]; c <= range[1]; c++) {
                String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                if (Character.isLetter(c) && base.length() == 1 && base.charAt(0) < 0x80 && base.charAt(0) != c) {
                    marked.append(c);
                    plain.append(Character.toLowerCase(base.charAt(0)));
                }
            }
        }
        MARKED = marked.toString();
        PLAIN = plain.toString();
    }

    private AccentFolding() {
    }

    /** The SQL expression that folds a column like {@code CleanText.fold}, with parameters {@code :marked} and {@code :plain}. */
    public static String sql(String column) {
        return "lower(translate(" + column + ", :marked, :plain))";
    }
}
