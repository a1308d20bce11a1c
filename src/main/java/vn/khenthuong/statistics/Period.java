package vn.khenthuong.statistics;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A range of decision dates, both ends included. An award counts on its decision date; an entry without
 * one (earlier years imported without dates) counts in its award year, so it belongs to a period only
 * when the period covers that whole year.
 */
record Period(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);

    Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Khoảng thời gian không hợp lệ");
        }
    }

    static Period years(int fromYear, int toYear) {
        return new Period(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    static Period year(int year) {
        return years(year, year);
    }

    boolean wholeYears() {
        return MonthDay.from(from).equals(NEW_YEAR) && MonthDay.from(to).equals(NEW_YEARS_EVE);
    }

    /** The first award year all of which lies in the period. */
    int firstWholeYear() {
        return MonthDay.from(from).equals(NEW_YEAR) ? from.getYear() : from.getYear() + 1;
    }

    /** The last award year all of which lies in the period; before {@link #firstWholeYear()} when there is none. */
    int lastWholeYear() {
        return MonthDay.from(to).equals(NEW_YEARS_EVE) ? to.getYear() : to.getYear() - 1;
    }

    /** The period of the same length just before: the years before for whole years, else as many days. */
    Period previous() {
        if (wholeYears()) {
            int years = to.getYear() - from.getYear() + 1;
            return years(from.getYear() - years, to.getYear() - years);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    /** "năm 2017", "các năm 2015 - 2017", "từ ngày 01/03/2017 đến ngày 30/06/2017". */
    String label() {
        if (wholeYears()) {
            return from.getYear() == to.getYear() ? "năm " + from.getYear()
                    : "các năm " + from.getYear() + " - " + to.getYear();
        }
        return "từ ngày " + from.format(DAY) + " đến ngày " + to.format(DAY);
    }
}
