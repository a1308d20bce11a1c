package vn.khenthuong.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void daysBelowTenAndMonthsOneAndTwoTakeALeadingZero() {
        assertThat(VietnameseDates.placeAndDate("Cao Bằng", LocalDate.of(2026, 4, 5)))
                .isEqualTo("Cao Bằng, ngày 05 tháng 4 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 1, 9))).isEqualTo("ngày 09 tháng 01 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
        assertThat(VietnameseDates.longDate(LocalDate.of(2025, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2025");
        assertThat(VietnameseDates.longDate(LocalDate.of(2025, 10, 10))).isEqualTo("ngày 10 tháng 10 năm 2025");
    }
}
