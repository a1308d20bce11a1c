package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.InitiativeScope;

class DutyRatingRuleTest {

    private final DutyRatingRule rule = new DutyRatingRule(Fixtures.catalogue());

    @Test
    void advancedWorkerNeedsGoodOrExcellentRating() {
        Dossier d = dossier("LDTT", 2025).with(person("Nguyễn Văn An", "001085000001").rating(DutyRating.HT),
                person("Lê Thị Bình", "001085000002").rating(null), person("Trần Văn Cường", "001085000003").rating(DutyRating.HTT),
                person("Phạm Thị Dung", "001085000004").rating(DutyRating.HTXS)).build();

        assertThat(rule.check(d, LocalDate.now())).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: xếp loại \"Hoàn thành nhiệm vụ\", cần hoàn thành tốt nhiệm vụ trở lên — điều kiện Lao động tiên tiến",
                "Lê Thị Bình: chưa có kết quả xếp loại mức độ hoàn thành nhiệm vụ — điều kiện Lao động tiên tiến");
    }

    @Test
    void emulationFighterNeedsExcellenceOrAnInitiative() {
        Dossier d = dossier("CSTD_CS", 2025).with(
                person("Nguyễn Văn An", "001085000001").rating(DutyRating.HTT).initiatives(0),
                person("Lê Thị Bình", "001085000002").rating(DutyRating.HTT).initiatives(1),
                person("Trần Văn Cường", "001085000003").rating(DutyRating.HTXS),
                person("Phạm Thị Dung", "001085000004").rating(DutyRating.KHT).initiatives(3)).build();

        assertThat(rule.check(d, LocalDate.now())).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: chưa hoàn thành xuất sắc nhiệm vụ và chưa có sáng kiến được công nhận — điều kiện Chiến sĩ thi đua cơ sở",
                "Phạm Thị Dung: xếp loại \"Không hoàn thành nhiệm vụ\", cần hoàn thành tốt nhiệm vụ trở lên — điều kiện Chiến sĩ thi đua cơ sở");
    }

    @Test
    void aListedInitiativeCountsLikeADeclaredOne() {
        Dossier d = dossier("CSTD_CS", 2025).with(person("Lê Thị Bình", "001085000002").rating(DutyRating.HTT)
                .initiative("Dạy học STEM ở vùng cao", InitiativeScope.UNIT, LocalDate.of(2025, 5, 20))).build();

        assertThat(rule.check(d, LocalDate.now())).isEmpty();
    }

    @Test
    void otherAwardsDoNotNeedARating() {
        Dossier d = dossier("GK", 2025).with(person("Nguyễn Văn An", "001085000001").rating(null)).build();
        assertThat(rule.check(d, LocalDate.now())).isEmpty();
    }
}
