package vn.khenthuong.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of the Labour Code 2019 for a year nobody has entered: 1/1; Tết (the last day of
 * the lunar year and lunar 1/1 to 4/1); Giỗ Tổ Hùng Vương (lunar 10/3); 30/4; 1/5; 2/9 with the day
 * before it (1/9, as the government chose for 2025; the code allows the day before or after). A holiday
 * on a Saturday or Sunday gives a compensatory day on the next working day. Swapped weekends are
 * announced each year and cannot be computed: they are entered.
 */
class DefaultHolidays {

    private static final String[] STEMS = {"Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"};
    private static final String[] BRANCHES = {"Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
            "Tuất", "Hợi"};

    private final LunarCalendar lunar;

    DefaultHolidays(LunarCalendar lunar) {
        this.lunar = lunar;
    }

    List<CalendarDay> of(int year) {
        List<CalendarDay> holidays = new ArrayList<>();
        holidays.add(day(year, MonthDay.of(1, 1), "Tết Dương lịch"));
        LocalDate tet = lunar.tet(year);
        String tetName = "Tết Nguyên đán " + yearName(year);
        holidays.add(new CalendarDay(tet.minusDays(1), DayType.HOLIDAY, tetName + " (ngày cuối năm " + yearName(year - 1) + ")"));
        for (int i = 0; i < 4; i++) {
            holidays.add(new CalendarDay(tet.plusDays(i), DayType.HOLIDAY, tetName + " (mùng " + (i + 1) + ")"));
        }
        holidays.add(new CalendarDay(lunar.toSolar(10, 3, year, false), DayType.HOLIDAY, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"));
        holidays.add(day(year, MonthDay.of(4, 30), "Ngày Chiến thắng 30/4"));
        holidays.add(day(year, MonthDay.of(5, 1), "Ngày Quốc tế lao động 1/5"));
        holidays.add(day(year, MonthDay.of(9, 1), "Quốc khánh (ngày liền kề)"));
        holidays.add(day(year, MonthDay.of(9, 2), "Quốc khánh 2/9"));
        holidays.sort(Comparator.comparing(CalendarDay::date));
        return withCompensation(holidays);
    }

    private static List<CalendarDay> withCompensation(List<CalendarDay> holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(h -> off.add(h.date()));
        List<CalendarDay> all = new ArrayList<>(holidays);
        for (CalendarDay holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate next = holiday.date().plusDays(1);
                while (isWeekend(next) || off.contains(next)) {
                    next = next.plusDays(1);
                }
                off.add(next);
                all.add(new CalendarDay(next, DayType.HOLIDAY, "Nghỉ bù " + holiday.name()));
            }
        }
        all.sort(Comparator.comparing(CalendarDay::date));
        return all;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The sexagenary name of the lunar year that starts in {@code year}, e.g. 2026 → Bính Ngọ. */
    static String yearName(int year) {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }

    private static CalendarDay day(int year, MonthDay monthDay, String name) {
        return new CalendarDay(monthDay.atYear(year), DayType.HOLIDAY, name);
    }
}
