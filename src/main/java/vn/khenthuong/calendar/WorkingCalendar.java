package vn.khenthuong.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.kernel.VietnamTime;

/**
 * Working days in Vietnam: Monday to Friday except public holidays. A year the government's
 * announcement was entered for (rows in {@code calendar_day}) follows those rows, including swapped
 * weekend days; a year without rows uses the holidays computed by {@link DefaultHolidays}.
 */
@Service
public class WorkingCalendar {

    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final CalendarDays days;
    private final DefaultHolidays defaults;

    WorkingCalendar(CalendarDays days) {
        this.days = days;
        this.defaults = new DefaultHolidays(new LunarCalendar());
    }

    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date, new YearCache());
    }

    /** The {@code days}-th working day after {@code start} ({@code start} itself for 0). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Số ngày làm việc không được âm: " + days);
        }
        YearCache cache = new YearCache();
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date, cache)) {
                counted++;
            }
        }
        return date;
    }

    /** 17:00 Vietnam time on the {@code workingDays}-th working day after the day (in Vietnam) of {@code start}. */
    public OffsetDateTime deadline(OffsetDateTime start, int workingDays) {
        LocalDate startDay = start.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return addWorkingDays(startDay, workingDays).atTime(END_OF_DAY).atZone(VietnamTime.ZONE).toOffsetDateTime();
    }

    /** The days off and swapped working days of a year, as entered or else computed. */
    YearDays year(int year) {
        List<CalendarDay> entered = days.ofYear(year);
        return entered.isEmpty() ? new YearDays(year, true, defaults.of(year)) : new YearDays(year, false, entered);
    }

    /**
     * Enters a day. The first entry of a year that had none also stores the computed holidays, so that
     * entering one swapped Saturday does not drop the year's Tết.
     */
    @Transactional
    void save(CalendarDay day) {
        int year = day.date().getYear();
        if (days.ofYear(year).isEmpty()) {
            defaults.of(year).forEach(days::save);
        }
        days.save(day);
    }

    private boolean isWorkingDay(LocalDate date, YearCache cache) {
        CalendarDay special = cache.of(date.getYear()).get(date);
        if (special != null) {
            return special.type() == DayType.WORKDAY;
        }
        return !DefaultHolidays.isWeekend(date);
    }

    record YearDays(int year, boolean computed, List<CalendarDay> days) {
    }

    /** The special days of the years one call looks at, read once per call. */
    private final class YearCache {
        private final Map<Integer, Map<LocalDate, CalendarDay>> years = new HashMap<>();

        Map<LocalDate, CalendarDay> of(int year) {
            return years.computeIfAbsent(year, y -> year(y).days().stream()
                    .collect(Collectors.toMap(CalendarDay::date, Function.identity(), (a, b) -> b)));
        }
    }
}
