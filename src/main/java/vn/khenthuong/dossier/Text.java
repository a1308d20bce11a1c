package vn.khenthuong.dossier;

import java.text.Normalizer;

/** Every text we store is trimmed and in Unicode NFC, so that equal Vietnamese words compare equal. */
final class Text {

    private Text() {
    }

    /** NFC and trimmed; blank becomes null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        return n.isEmpty() ? null : n;
    }
}
