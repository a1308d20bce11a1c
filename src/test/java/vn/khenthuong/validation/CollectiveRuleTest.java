package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.AFTER_REFORM;
import static vn.khenthuong.validation.Fixtures.BEFORE_REFORM;
import static vn.khenthuong.validation.Fixtures.collective;
import static vn.khenthuong.validation.Fixtures.dossier;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;

class CollectiveRuleTest {

    private final CollectiveRule rule = new CollectiveRule(Fixtures.settings(), Fixtures.catalogue());

    @Test
    void advancedCollectiveNeedsHalfItsMembersAdvanced() {
        Dossier d = dossier("TT_LDTT", 2025).with(collective("Tổ Toán", "t1").members(10, 5, 0, 0),
                collective("Tổ Văn", "t2").members(15, 7, 0, 0), collective("Tổ Anh", "t3").members(null, null, null, null))
                .build();

        assertThat(rule.check(d, LocalDate.of(2026, 1, 10))).extracting(Finding::message).containsExactly(
                "Tổ Văn: 7/15 thành viên (46,7%) đạt Lao động tiên tiến, cần ít nhất 50% — điều kiện Tập thể lao động tiên tiến",
                "Tổ Anh: thiếu số thành viên hoặc số thành viên đạt Lao động tiên tiến, chưa kiểm tra được tỷ lệ"
                        + " — điều kiện Tập thể lao động tiên tiến");
    }

    @Test
    void excellentCollectiveNeedsSeventyPercentAndAnEmulationFighter() {
        Dossier d = dossier("TT_LDXS", 2025).with(collective("Tổ Toán", "t1").members(10, 7, 1, 0),
                collective("Tổ Văn", "t2").members(10, 6, 0, 0)).build();

        assertThat(rule.check(d, LocalDate.of(2026, 1, 10))).extracting(Finding::message).containsExactly(
                "Tổ Văn: 6/10 thành viên (60%) đạt Lao động tiên tiến, cần ít nhất 70% — điều kiện Tập thể lao động xuất sắc",
                "Tổ Văn: chưa có thành viên đạt danh hiệu Chiến sĩ thi đua cơ sở — điều kiện Tập thể lao động xuất sắc");
    }

    @Test
    void theShareInForceOnTheDecisionDateApplies() {
        CollectiveRule changed = new CollectiveRule(
                Fixtures.settings(Map.of(CollectiveRule.TT_LDTT_SHARE, Map.of(AFTER_REFORM, "60"))), Fixtures.catalogue());
        Dossier d = dossier("TT_LDTT", 2025).with(collective("Tổ Toán", "t1").members(10, 5, 0, 0)).build();

        assertThat(changed.check(d, BEFORE_REFORM)).isEmpty();
        assertThat(changed.check(d, AFTER_REFORM)).extracting(Finding::message).containsExactly(
                "Tổ Toán: 5/10 thành viên (50%) đạt Lao động tiên tiến, cần ít nhất 60% — điều kiện Tập thể lao động tiên tiến");
    }
}
