package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.collective;
import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.kernel.VietnamTime;

class NomineeDataRuleTest {

    private final NomineeDataRule rule = new NomineeDataRule(Fixtures.catalogue(),
            Clock.fixed(Instant.parse("2026-03-01T03:00:00Z"), VietnamTime.ZONE));

    @Test
    void goodDossierHasNoFinding() {
        Dossier d = dossier("GK", 2025)
                .with(person("Nguyễn Văn An", "001085000001"), collective("Tổ Toán", "thhoachung-toan").members(12, 8, 1, 0))
                .build();
        assertThat(messages(d)).isEmpty();
    }

    @Test
    void dossierWithoutActiveNomineeIsIncomplete() {
        Dossier d = dossier("LDTT", 2025).with(person("Nguyễn Văn An", "001085000001").struck()).build();
        assertThat(messages(d)).containsExactly("Hồ sơ chưa có cá nhân hoặc tập thể được đề nghị");
    }

    @Test
    void individualDataIsChecked() {
        Dossier d = dossier("LDTT", 2025).with(
                person("Trần Văn Bình", "00108500001"),
                person("Lê Thị Cúc", "0010850000AB").born(null),
                person("", "001085000003"),
                person("Phạm Văn Dũng", "001085000004").born(LocalDate.of(2026, 3, 1)),
                person("Hoàng Văn Em", "001085000005").born(LocalDate.of(2011, 1, 1)),
                person("Vũ Thị Giang", "001085000006").born(LocalDate.of(2010, 12, 31)),
                person("Đỗ Văn Hải", "001085000007").born(LocalDate.of(1924, 6, 1)).months(13))
                .build();

        assertThat(messages(d)).containsExactly(
                "Trần Văn Bình: số CCCD phải gồm đúng 12 chữ số",
                "Lê Thị Cúc: số CCCD phải gồm đúng 12 chữ số",
                "Lê Thị Cúc: chưa có ngày sinh",
                "Cá nhân thứ 3: chưa có họ tên",
                "Phạm Văn Dũng: ngày sinh 01/03/2026 phải trước ngày hôm nay",
                "Hoàng Văn Em: tuổi trong năm 2025 là 14, phải từ 15 đến 100",
                "Đỗ Văn Hải: tuổi trong năm 2025 là 101, phải từ 15 đến 100",
                "Đỗ Văn Hải: số tháng công tác trong năm phải từ 0 đến 12");
    }

    @Test
    void collectiveCountsMustFitTheMembers() {
        Dossier d = dossier("TT_LDTT", 2025).with(
                collective("Tổ Toán", "t1").members(0, 0, 0, 0),
                collective("Tổ Văn", "t2").members(10, 11, -1, 0),
                collective("Tổ Anh", "t3").members(10, 5, 1, 10))
                .build();

        assertThat(messages(d)).containsExactly(
                "Tổ Toán: số thành viên phải lớn hơn 0",
                "Tổ Văn: số thành viên đạt Lao động tiên tiến (11) phải từ 0 đến số thành viên (10)",
                "Tổ Văn: số thành viên đạt Chiến sĩ thi đua cơ sở (-1) phải từ 0 đến số thành viên (10)");
    }

    @Test
    void nomineeKindMustBeAcceptedByTheAward() {
        Dossier d = dossier("TT_LDTT", 2025).with(person("Nguyễn Văn An", "001085000001"),
                collective("Tổ Toán", "t1").members(10, 6, 0, 0)).build();
        assertThat(messages(d)).containsExactly("Nguyễn Văn An: Tập thể lao động tiên tiến không xét tặng cho cá nhân");

        Dossier cstdt = dossier("CSTD_T", 2025).with(collective("Tổ Toán", "t1").members(10, 6, 0, 0)).build();
        assertThat(messages(cstdt)).containsExactly("Tổ Toán: Chiến sĩ thi đua cấp tỉnh không xét tặng cho tập thể");
    }

    @Test
    void periodMustBeOrderedAndOneOffDossiersNeedOne() {
        Dossier reversed = dossier("GK", 2025).period(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 1, 1))
                .with(person("Nguyễn Văn An", "001085000001")).build();
        assertThat(messages(reversed)).containsExactly(
                "Thời gian lập thành tích: ngày bắt đầu 31/12/2025 sau ngày kết thúc 01/01/2025");

        Dossier oneOff = dossier("BK_T", 2025).oneOff(LocalDate.of(2025, 8, 1), null)
                .with(person("Nguyễn Văn An", "001085000001")).build();
        assertThat(messages(oneOff)).containsExactly(
                "Hồ sơ khen thưởng đột xuất cần thời gian lập thành tích (từ ngày, đến ngày)");
    }

    @Test
    void textMustBeNfc() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hoà", Normalizer.Form.NFD);
        Dossier d = dossier("GK", 2025).movement(Normalizer.normalize("Dạy tốt", Normalizer.Form.NFD))
                .with(person(decomposed, "001085000001")).build();
        assertThat(messages(d)).containsExactly(
                "Tên phong trào hoặc tóm tắt hồ sơ chưa ở dạng Unicode dựng sẵn (NFC)",
                decomposed.trim() + ": văn bản chưa ở dạng Unicode dựng sẵn (NFC)");
    }

    @Test
    void unknownAwardIsReported() {
        Dossier d = dossier("XYZ", 2025).with(person("Nguyễn Văn An", "001085000001")).build();
        assertThat(messages(d)).containsExactly("Danh hiệu \"XYZ\" không có trong danh mục khen thưởng");
    }

    private List<String> messages(Dossier d) {
        List<Finding> findings = rule.check(d, LocalDate.of(2026, 3, 1));
        assertThat(findings).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        return findings.stream().map(Finding::message).toList();
    }
}
