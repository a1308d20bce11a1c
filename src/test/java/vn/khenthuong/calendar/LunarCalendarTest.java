package vn.khenthuong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LunarCalendarTest {

    private final LunarCalendar vietnam = new LunarCalendar();

    @Test
    void tetOnVietnameseDates() {
        assertThat(vietnam.tet(1985)).isEqualTo(LocalDate.of(1985, 1, 21));
        assertThat(vietnam.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 17));
        assertThat(vietnam.tet(2023)).isEqualTo(LocalDate.of(2023, 1, 22));
        assertThat(vietnam.tet(2024)).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(vietnam.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
        assertThat(vietnam.tet(2026)).isEqualTo(LocalDate.of(2026, 2, 17));
    }

    @Test
    void chinaMeridianGivesTheChineseNewYearWhereTheyDiffer() {
        LunarCalendar china = new LunarCalendar(8.0);
        assertThat(china.tet(1985)).isEqualTo(LocalDate.of(1985, 2, 20));
        assertThat(china.tet(2007)).isEqualTo(LocalDate.of(2007, 2, 18));
        assertThat(china.tet(2025)).isEqualTo(LocalDate.of(2025, 1, 29));
    }

    @Test
    void hungKingsCommemorationIsTheTenthOfTheThirdMonth() {
        assertThat(vietnam.toSolar(10, 3, 2024, false)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(vietnam.toSolar(10, 3, 2025, false)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(vietnam.toSolar(10, 3, 2026, false)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void leapMonthIsTheOneAfterItsNamesake() {
        // Ất Tỵ (2025) has a leap 6th month: 6/6 starts on 25 June, leap 6/6 on 25 July 2025.
        assertThat(vietnam.toSolar(1, 6, 2025, false)).isEqualTo(LocalDate.of(2025, 6, 25));
        assertThat(vietnam.toSolar(1, 6, 2025, true)).isEqualTo(LocalDate.of(2025, 7, 25));
        assertThat(vietnam.toSolar(1, 7, 2025, false)).isEqualTo(LocalDate.of(2025, 8, 23));
        assertThatThrownBy(() -> vietnam.toSolar(1, 3, 2025, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vietnam.toSolar(1, 3, 2026, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lastDayOfTheLunarYearIsTheEveOfTet() {
        assertThat(vietnam.toSolar(1, 1, 2026, false).minusDays(1)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(vietnam.toSolar(1, 12, 2025, false)).isBefore(LocalDate.of(2026, 2, 16));
    }
}
