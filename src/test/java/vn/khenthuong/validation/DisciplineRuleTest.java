package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.collective;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;

class DisciplineRuleTest {

    private final DisciplineRule rule = new DisciplineRule(Fixtures.catalogue());

    @Test
    void individualUnderDisciplineIsNotAwarded() {
        Dossier d = dossier("GK", 2025).with(person("Nguyễn Văn An", "001085000001").underDiscipline(),
                person("Lê Thị Bình", "001085000002")).build();

        assertThat(rule.check(d, LocalDate.now())).extracting(Finding::message).containsExactly(
                "Nguyễn Văn An: đang bị kỷ luật hoặc đang bị xem xét kỷ luật, điều tra, thanh tra, giải quyết khiếu nại"
                        + " — chưa được xét khen thưởng");
    }

    @Test
    void excellentCollectiveHasNoDisciplinedMember() {
        Dossier ldxs = dossier("TT_LDXS", 2025).with(collective("Tổ Toán", "t1").members(10, 8, 1, 1),
                collective("Tổ Văn", "t2").members(10, 8, 1, 0)).build();
        assertThat(rule.check(ldxs, LocalDate.now())).extracting(Finding::message).containsExactly(
                "Tổ Toán: có 1 thành viên bị kỷ luật từ hình thức cảnh cáo trở lên — điều kiện Tập thể lao động xuất sắc");

        Dossier ldtt = dossier("TT_LDTT", 2025).with(collective("Tổ Toán", "t1").members(10, 8, 1, 1)).build();
        assertThat(rule.check(ldtt, LocalDate.now())).isEmpty();
    }
}
