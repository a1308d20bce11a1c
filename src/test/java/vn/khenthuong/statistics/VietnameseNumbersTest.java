package vn.khenthuong.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {

    @Test
    void countsGroupThousandsWithDots() {
        assertThat(VietnameseNumbers.count(0)).isEqualTo("0");
        assertThat(VietnameseNumbers.count(769)).isEqualTo("769");
        assertThat(VietnameseNumbers.count(1880)).isEqualTo("1.880");
        assertThat(VietnameseNumbers.count(6_543_210_000L)).isEqualTo("6.543.210.000");
    }

    @Test
    void theCaoBangSharesOf2017WithTwoDecimalsAndAComma() {
        assertThat(VietnameseNumbers.percentText(608, 769)).isEqualTo("79,06%");
        assertThat(VietnameseNumbers.percentText(542, 1111)).isEqualTo("48,78%");
        assertThat(VietnameseNumbers.percent(608, 769)).isEqualByComparingTo("79.06");
    }

    @Test
    void sharesRoundHalfUpAndNeedAWhole() {
        assertThat(VietnameseNumbers.percentText(1, 8)).isEqualTo("12,50%");
        assertThat(VietnameseNumbers.percentText(1, 200)).isEqualTo("0,50%");
        assertThat(VietnameseNumbers.percentText(1, 3)).isEqualTo("33,33%");
        assertThat(VietnameseNumbers.percentText(2, 3)).isEqualTo("66,67%");
        assertThat(VietnameseNumbers.percentText(12_345, 12_345)).isEqualTo("100,00%");
        assertThat(VietnameseNumbers.percentText(5, 0)).isEqualTo("—");
    }

    @Test
    void changesAreSignedAndLargeOnesGrouped() {
        assertThat(VietnameseNumbers.changeText(1880, 1638)).isEqualTo("+14,77%");
        assertThat(VietnameseNumbers.changeText(1638, 1880)).isEqualTo("-12,87%");
        assertThat(VietnameseNumbers.changeText(50, 50)).isEqualTo("0,00%");
        assertThat(VietnameseNumbers.changeText(12_000, 10)).isEqualTo("+119.900,00%");
        assertThat(VietnameseNumbers.changeText(7, 0)).isEqualTo("—");
    }

    @Test
    void sharesChangeInPercentagePoints() {
        assertThat(VietnameseNumbers.pointsText(new BigDecimal("79.06"), new BigDecimal("75.71"))).isEqualTo("+3,35 điểm %");
        assertThat(VietnameseNumbers.pointsText(new BigDecimal("44.78"), new BigDecimal("48.78"))).isEqualTo("-4,00 điểm %");
        assertThat(VietnameseNumbers.pointsText(null, new BigDecimal("1"))).isEqualTo("—");
    }
}
