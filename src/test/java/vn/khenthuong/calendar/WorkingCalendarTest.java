package vn.khenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

    /** 2025 as announced (the rows of V10 that matter here). */
    private final InMemoryDays days = new InMemoryDays(List.of(
            holiday("2025-01-01"), holiday("2025-01-27"), holiday("2025-01-28"), holiday("2025-01-29"),
            holiday("2025-01-30"), holiday("2025-01-31"), holiday("2025-02-01"),
            new CalendarDay(LocalDate.parse("2025-02-08"), DayType.WORKDAY, "Làm bù cho ngày nghỉ 27/01/2025"),
            holiday("2025-04-07"), new CalendarDay(LocalDate.parse("2025-04-26"), DayType.WORKDAY, "Làm bù"),
            holiday("2025-04-30"), holiday("2025-05-01"), holiday("2025-05-02")));
    private final WorkingCalendar calendar = new WorkingCalendar(days);

    @Test
    void tetWeekIsSkipped() {
        LocalDate fridayBeforeTet = LocalDate.of(2025, 1, 24);
        assertThat(calendar.isWorkingDay(fridayBeforeTet)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).as("swapped Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 29))).as("mùng 1").isFalse();
        assertThat(calendar.addWorkingDays(fridayBeforeTet, 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.addWorkingDays(fridayBeforeTet, 0)).isEqualTo(fridayBeforeTet);
    }

    @Test
    void swappedSaturdayIsAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 9))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 7), 1)).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 3), 5)).isEqualTo(LocalDate.of(2025, 2, 8));
        // 30/4 - 4/5: worked on Saturday 26/4, off from Wednesday 30/4 to Sunday 4/5.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @Test
    void deadlineIsFivePmVietnamTimeOfTheVietnameseDay() {
        OffsetDateTime start = OffsetDateTime.parse("2025-01-24T20:00:00+07:00");
        assertThat(calendar.deadline(start, 1)).isEqualTo(OffsetDateTime.parse("2025-02-03T17:00:00+07:00"));
        // 18:00 UTC on Thursday 6/2 is already Friday 7/2 in Vietnam: one working day later is Saturday 8/2.
        OffsetDateTime utc = OffsetDateTime.of(2025, 2, 6, 18, 0, 0, 0, ZoneOffset.UTC);
        assertThat(calendar.deadline(utc, 1)).isEqualTo(OffsetDateTime.parse("2025-02-08T17:00:00+07:00"));
        assertThat(calendar.deadline(start, 1).getOffset()).isEqualTo(ZoneOffset.ofHours(7));
    }

    @Test
    void yearWithoutRowsUsesComputedHolidaysWithCompensation() {
        // Tết Đinh Mùi 2027 is Saturday 6/2: off Friday 5/2 to Tuesday 9/2, and 10/2, 11/2 in compensation.
        assertThat(calendar.year(2027).computed()).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 5))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 10))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 11))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 12));
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 1))).as("the day before 2/9").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 9, 3))).isTrue();
        assertThat(calendar.year(2027).days()).extracting(CalendarDay::name)
                .contains("Tết Nguyên đán Đinh Mùi (mùng 1)", "Tết Nguyên đán Đinh Mùi (ngày cuối năm Bính Ngọ)");
    }

    @Test
    void computedGioToOnASundayGivesMondayOff() {
        // 2026 computed (as if not entered): Giỗ Tổ on Sunday 26/4, Monday 27/4 off in compensation.
        assertThat(calendar.year(2026).days()).extracting(CalendarDay::date)
                .contains(LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 27), LocalDate.of(2026, 2, 16));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void enteringTheFirstDayOfAYearKeepsItsComputedHolidays() {
        calendar.save(new CalendarDay(LocalDate.of(2027, 2, 13), DayType.WORKDAY, "Làm bù"));
        assertThat(calendar.year(2027).computed()).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 13))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).as("Tết still off").isFalse();
    }

    @Test
    void yearsAreCrossed() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2025, 1, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CalendarDay holiday(String date) {
        return new CalendarDay(LocalDate.parse(date), DayType.HOLIDAY, "Nghỉ");
    }

    private static final class InMemoryDays implements CalendarDays {
        private final List<CalendarDay> rows;

        InMemoryDays(List<CalendarDay> rows) {
            this.rows = new ArrayList<>(rows);
        }

        @Override
        public List<CalendarDay> ofYear(int year) {
            return rows.stream().filter(d -> d.date().getYear() == year).toList();
        }

        @Override
        public void save(CalendarDay day) {
            rows.removeIf(d -> d.date().equals(day.date()));
            rows.add(day);
        }
    }
}
