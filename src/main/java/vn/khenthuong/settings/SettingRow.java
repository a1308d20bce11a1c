package vn.khenthuong.settings;

import java.time.LocalDate;

/** One row of table {@code setting}: the value a key takes from a date on. */
record SettingRow(Long id, String key, String value, LocalDate effectiveFrom, String note) {
}
