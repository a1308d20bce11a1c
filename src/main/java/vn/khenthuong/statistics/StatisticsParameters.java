package vn.khenthuong.statistics;

import java.text.Normalizer;
import java.time.LocalDate;

import vn.khenthuong.registry.MeritKind;

/**
 * The query parameters of the statistics pages, as typed: a period (whole years {@code fromYear}–{@code toYear},
 * or decision dates {@code from}–{@code to}), a scope ({@code org}, {@code movement}) and, for the list behind
 * a figure, its slice. A period that cannot be read falls back to the current year, with the reason.
 */
record StatisticsParameters(String fromYear, String toYear, String from, String to, String org, String movement,
        String measure, String award, String level, String meritKind, String area, String funding, String page) {

    static final String FROM = "from";
    static final String TO = "to";
    static final String ORG = "org";
    static final String MOVEMENT = "movement";
    static final String MEASURE = "measure";
    static final String AWARD = "award";
    static final String LEVEL = "level";
    static final String MERIT_KIND = "meritKind";
    static final String AREA = "area";
    static final String FUNDING = "funding";
    static final int FIRST_YEAR = 1945;
    static final int LAST_YEAR = 2100;
    static final int MAX_YEARS = 30;

    /** A period and, when it is not the one asked for, why. */
    record PeriodChoice(Period period, String problem) {
    }

    /** The period asked for; the year of {@code today}, with the reason, when what was asked cannot be read. */
    PeriodChoice period(LocalDate today) {
        Period thisYear = Period.year(today.getYear());
        Period asked = asked();
        if (asked != null) {
            return new PeriodChoice(asked, null);
        }
        boolean anything = present(from) || present(to) || present(fromYear) || present(toYear);
        return new PeriodChoice(thisYear, anything ? "Không đọc được khoảng thời gian (năm từ " + FIRST_YEAR + " đến "
                + LAST_YEAR + ", ngày đến không trước ngày từ, tối đa " + MAX_YEARS + " năm): đang hiện năm "
                + today.getYear() : null);
    }

    private Period asked() {
        if (present(from) || present(to)) {
            try {
                Period dates = new Period(LocalDate.parse(from.strip()), LocalDate.parse(to.strip()));
                return dates.to().getYear() - dates.from().getYear() < MAX_YEARS ? dates : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
        Integer first = year(fromYear);
        Integer last = present(toYear) ? year(toYear) : first;
        return first == null || last == null || last < first || last - first >= MAX_YEARS ? null : Period.years(first, last);
    }

    /** The movement as stored (NFC), or null for all. */
    String movementOrNull() {
        return present(movement) ? Normalizer.normalize(movement.strip(), Normalizer.Form.NFC) : null;
    }

    /** The slice of a figure's list; the measure defaults to all awards. */
    Slice slice() {
        Slice slice = Slice.of(parse(Measure.class, measure, Measure.AWARDS));
        if (present(award)) {
            slice = slice.award(award.strip());
        }
        if (present(level)) {
            slice = slice.level(AwardLevel.of(level.strip()));
        }
        if (present(meritKind)) {
            slice = slice.meritKind(parse(MeritKind.class, meritKind, null));
        }
        if (present(area)) {
            slice = slice.area(area.strip());
        }
        if (present(funding)) {
            slice = slice.funding(funding.strip());
        }
        return slice;
    }

    /** The page of a list, from 1. */
    int pageNumber() {
        Integer number = integer(page);
        return number == null || number < 1 ? 1 : number;
    }

    private static Integer year(String text) {
        Integer year = integer(text);
        return year == null || year < FIRST_YEAR || year > LAST_YEAR ? null : year;
    }

    private static Integer integer(String text) {
        try {
            return present(text) ? Integer.valueOf(text.strip()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text, E fallback) {
        try {
            return present(text) ? Enum.valueOf(type, text.strip()) : fallback;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
