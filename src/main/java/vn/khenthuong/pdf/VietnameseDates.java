package vn.khenthuong.pdf;

import java.time.LocalDate;

/**
 * Dates as Decree 30/2020 writes them: days below 10 and the months 1 and 2 take a leading zero
 * ("ngày 05 tháng 4 năm 2026", "ngày 15 tháng 02 năm 2026").
 */
public final class VietnameseDates {

    private VietnameseDates() {
    }

    /** "Cao Bằng, ngày 05 tháng 4 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /** "ngày 05 tháng 4 năm 2026". */
    public static String longDate(LocalDate date) {
        return "ngày " + day(date) + " tháng " + month(date) + " năm " + date.getYear();
    }

    private static String day(LocalDate date) {
        return String.format("%02d", date.getDayOfMonth());
    }

    private static String month(LocalDate date) {
        int month = date.getMonthValue();
        return month <= 2 ? String.format("%02d", month) : Integer.toString(month);
    }
}
