package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.AFTER_REFORM;
import static vn.khenthuong.validation.Fixtures.BEFORE_REFORM;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;

class ServiceTimeRuleTest {

    @Test
    void lessThanTheMinimumMonthsIsRefused() {
        ServiceTimeRule rule = new ServiceTimeRule(Fixtures.settings(), Fixtures.catalogue());
        Dossier d = dossier("LDTT", 2025).with(person("Nguyễn Văn An", "001085000001").months(9),
                person("Lê Thị Bình", "001085000002").months(10), person("Trần Văn Cường", "001085000003").months(null))
                .build();

        assertThat(rule.check(d, LocalDate.of(2026, 1, 15))).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: có 9 tháng công tác trong năm 2025, dưới 10 tháng — điều kiện Lao động tiên tiến",
                "Trần Văn Cường: chưa khai số tháng công tác trong năm 2025 — điều kiện Lao động tiên tiến");
    }

    @Test
    void theMinimumInForceOnTheDecisionDateApplies() {
        ServiceTimeRule rule = new ServiceTimeRule(
                Fixtures.settings(Map.of(ServiceTimeRule.MIN_MONTHS, Map.of(AFTER_REFORM, "6"))), Fixtures.catalogue());
        Dossier d = dossier("CSTD_CS", 2025).with(person("Nguyễn Văn An", "001085000001").months(8)).build();

        assertThat(rule.check(d, BEFORE_REFORM)).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: có 8 tháng công tác trong năm 2025, dưới 10 tháng — điều kiện Chiến sĩ thi đua cơ sở");
        assertThat(rule.check(d, AFTER_REFORM)).isEmpty();
    }

    @Test
    void otherAwardsHaveNoMinimum() {
        ServiceTimeRule rule = new ServiceTimeRule(Fixtures.settings(), Fixtures.catalogue());
        Dossier d = dossier("GK", 2025).with(person("Nguyễn Văn An", "001085000001").months(3)).build();
        assertThat(rule.check(d, LocalDate.of(2026, 1, 15))).isEmpty();
    }
}
