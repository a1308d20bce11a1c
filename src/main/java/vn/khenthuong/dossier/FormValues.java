package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import org.springframework.beans.BeansException;
import org.springframework.validation.Errors;

/** Reads what a page's form sent as text; what it cannot read becomes a Vietnamese error on the field. */
final class FormValues {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH_YEAR_SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private FormValues() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Blank is no value; the rest goes to the service as typed (it trims and normalises). */
    static String text(String value) {
        return blank(value) ? null : value;
    }

    static Integer integer(String value, Errors errors, String field, String label) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            reject(errors, field, label + " phải là số nguyên");
            return null;
        }
    }

    static Long id(String value, Errors errors, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            reject(errors, field, "Mã người, tập thể được đề nghị không hợp lệ, hãy tải lại trang");
            return null;
        }
    }

    /** A date as the pages show it, dd/MM/yyyy, whatever the browser's language. */
    static String date(LocalDate date) {
        return date == null ? null : date.format(DAY_MONTH_YEAR_SHOWN);
    }

    /** A date typed as dd/MM/yyyy (d/M/yyyy accepted), or the ISO form a date picker sends. */
    static LocalDate date(String value, Errors errors, String field, String label) {
        if (blank(value)) {
            return null;
        }
        String v = value.strip();
        try {
            return v.contains("/") ? LocalDate.parse(v, DAY_MONTH_YEAR) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            reject(errors, field, label + " không phải ngày hợp lệ (ngày/tháng/năm)");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String value, Errors errors, String field, String label) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            reject(errors, field, label + " không hợp lệ");
            return null;
        }
    }

    /** An error on the field if the form has it, otherwise on the whole form; a field keeps its first error. */
    static void reject(Errors errors, String field, String message) {
        if (field == null) {
            errors.reject("invalid", message);
            return;
        }
        try {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, "invalid", message);
            }
        } catch (BeansException e) {
            errors.reject("invalid", message);
        }
    }
}
