package vn.khenthuong.registry;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese text reduced for matching: lower case, no tone or vowel marks, đ as d, single spaces. */
final class NameFolding {

    private NameFolding() {
    }

    static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }
}
