package vn.khenthuong.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseMoneyTest {

    @Test
    void groupsThousandsWithDotsAndNamesTheCurrency() {
        assertThat(VietnameseMoney.format(3_510_000)).isEqualTo("3.510.000 đồng");
        assertThat(VietnameseMoney.format(18_720_000)).isEqualTo("18.720.000 đồng");
        assertThat(VietnameseMoney.format(0)).isEqualTo("0 đồng");
    }

    @Test
    void digitsAtEveryGroupLength() {
        assertThat(VietnameseMoney.digits(999)).isEqualTo("999");
        assertThat(VietnameseMoney.digits(1_000)).isEqualTo("1.000");
        assertThat(VietnameseMoney.digits(71_000)).isEqualTo("71.000");
        assertThat(VietnameseMoney.digits(710_000)).isEqualTo("710.000");
        assertThat(VietnameseMoney.digits(1_234_567_890)).isEqualTo("1.234.567.890");
        assertThat(VietnameseMoney.digits(-2_340_000)).isEqualTo("-2.340.000");
    }
}
