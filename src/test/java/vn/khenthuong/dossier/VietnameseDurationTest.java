package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.VietnameseDuration;

class VietnameseDurationTest {

    @Test
    void daysWithHoursHoursWithMinutesOrMinutes() {
        assertThat(VietnameseDuration.of(Duration.ofDays(2).plusHours(3).plusMinutes(59))).isEqualTo("2 ngày 3 giờ");
        assertThat(VietnameseDuration.of(Duration.ofDays(1))).isEqualTo("1 ngày");
        assertThat(VietnameseDuration.of(Duration.ofHours(5).plusMinutes(7))).isEqualTo("5 giờ 7 phút");
        assertThat(VietnameseDuration.of(Duration.ofHours(1))).isEqualTo("1 giờ");
        assertThat(VietnameseDuration.of(Duration.ofMinutes(45).plusSeconds(50))).isEqualTo("45 phút");
        assertThat(VietnameseDuration.of(Duration.ofSeconds(59))).isEqualTo("dưới 1 phút");
        assertThat(VietnameseDuration.of(Duration.ofMinutes(-3))).as("clock skew").isEqualTo("dưới 1 phút");
        assertThat(VietnameseDuration.of(Duration.ofDays(400).plusMinutes(30))).isEqualTo("400 ngày");
    }
}
