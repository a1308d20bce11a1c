package vn.khenthuong.dossier;

import java.util.Locale;

/** The human code of a dossier, e.g. {@code HS-2026-000123}: the year of its period and its id. */
final class DossierCode {

    private DossierCode() {
    }

    static String of(int year, long id) {
        if (id <= 0) {
            throw new IllegalArgumentException("Mã hồ sơ cần id dương: " + id);
        }
        return String.format(Locale.ROOT, "HS-%04d-%06d", year, id);
    }
}
