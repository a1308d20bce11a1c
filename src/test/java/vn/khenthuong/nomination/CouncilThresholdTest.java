package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CouncilThresholdTest {

    @Test
    void ninetyPercentOfAllMembersCountsAbsentMembersAgainst() {
        CouncilThreshold threshold = CouncilThreshold.parse("90 ALL");

        assertThat(threshold.passes(9, 10, 10)).isTrue();
        assertThat(threshold.passes(9, 10, 9)).isTrue();
        assertThat(threshold.passes(8, 10, 8)).isFalse();
        assertThat(threshold.passes(13, 15, 15)).isFalse();
        assertThat(threshold.passes(14, 15, 14)).isTrue();
    }

    @Test
    void halfOfThosePresentIsReachedExactlyAtHalf() {
        CouncilThreshold threshold = CouncilThreshold.parse("50 PRESENT");

        assertThat(threshold.passes(4, 9, 8)).isTrue();
        assertThat(threshold.passes(3, 9, 8)).isFalse();
        assertThat(threshold.describe()).isEqualTo("50% số thành viên có mặt");
    }

    @Test
    void decimalSharesAndBadSettingsAreHandled() {
        assertThat(CouncilThreshold.parse(" 66.67   PRESENT ").passes(2, 3, 3)).isFalse();
        assertThat(CouncilThreshold.parse("66.66 PRESENT").passes(2, 3, 3)).isTrue();
        assertThatThrownBy(() -> CouncilThreshold.parse("90")).hasMessageContaining("không hợp lệ");
        assertThatThrownBy(() -> CouncilThreshold.parse("90 MOST")).isInstanceOf(IllegalArgumentException.class);
    }
}
