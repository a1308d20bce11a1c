package vn.khenthuong.web;

import java.time.LocalDate;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;

/**
 * Fields of a request (JSON or a page's form) cleaned by {@link CleanText}: what it refuses, and a date
 * outside any year this system deals with, is a 400 on that field, named by its Vietnamese label.
 */
public final class InputFields {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private InputFields() {
    }

    /** {@link CleanText#line}: names, codes, titles. */
    public static String line(String field, String label, String value) {
        try {
            return CleanText.line(value);
        } catch (CleanText.RefusedText e) {
            throw Refusal.invalid(field, label + " " + e.getMessage());
        }
    }

    /** {@link CleanText#text}: summaries, comments, reasons. */
    public static String text(String field, String label, String value) {
        try {
            return CleanText.text(value);
        } catch (CleanText.RefusedText e) {
            throw Refusal.invalid(field, label + " " + e.getMessage());
        }
    }

    /** The date if null or within years 1900 to 2199 (year 0000 is a typing slip, not a birth date). */
    public static LocalDate date(String field, String label, LocalDate value) {
        String problem = dateProblem(value);
        if (problem != null) {
            throw Refusal.invalid(field, label + " " + problem);
        }
        return value;
    }

    /** Why the date is refused, to follow the field's name; null when it is fine. */
    static String dateProblem(LocalDate value) {
        return value == null || (value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR) ? null
                : "phải là ngày từ năm " + FIRST_YEAR + " đến năm " + LAST_YEAR;
    }
}
