package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.validation.Fixtures.dossier;
import static vn.khenthuong.validation.Fixtures.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Initiative;
import vn.khenthuong.dossier.InitiativeKind;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.Severity;

class ProvincialInitiativeRuleTest {

    private static final String AN = "001085000001";
    private static final LocalDate DECISION = LocalDate.of(2026, 4, 1);
    private static final String REQUIREMENT = "Nguyễn Văn An: chưa có sáng kiến, đề tài khoa học hoặc giải pháp được công nhận"
            + " hiệu quả áp dụng, phạm vi ảnh hưởng cấp tỉnh trở lên";
    private static final String CONDITION = " — điều kiện Chiến sĩ thi đua cấp tỉnh theo điểm b khoản 1 Điều 22"
            + " Luật Thi đua, khen thưởng năm 2022";

    private final ProvincialInitiativeRule rule = new ProvincialInitiativeRule(Fixtures.catalogue());

    @Test
    void anInitiativeRecognisedAtProvincialOrNationalScopeQualifies() {
        Dossier provincial = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN)
                .initiative("Dạy học STEM ở vùng cao", InitiativeScope.UNIT, LocalDate.of(2024, 5, 20))
                .initiative("Dạy tiếng Việt qua trò chơi dân gian", InitiativeScope.PROVINCE, LocalDate.of(2025, 10, 15)))
                .build();
        Dossier national = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).initiative(new Initiative(
                InitiativeKind.DE_TAI, "Bảo tồn chữ Nôm Tày", "Bộ Khoa học và Công nghệ", LocalDate.of(2024, 12, 1),
                "88/QĐ-BKHCN", InitiativeScope.NATIONAL))).build();
        Dossier onTheDecisionDay = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN)
                .initiative("Sổ tay điện tử", InitiativeScope.PROVINCE, DECISION)).build();

        assertThat(rule.check(provincial, DECISION)).isEmpty();
        assertThat(rule.check(national, DECISION)).isEmpty();
        assertThat(rule.check(onTheDecisionDay, DECISION)).isEmpty();
    }

    @Test
    void aPersonWithoutAnyInitiativeGetsAnErrorNamingTheRequirementAndTheLaw() {
        Dossier d = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).id(7)).build();

        List<Finding> findings = rule.check(d, DECISION);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.nomineeId()).isEqualTo(7L);
            assertThat(f.ruleCode()).isEqualTo("PROVINCIAL_INITIATIVE");
            assertThat(f.message()).isEqualTo(REQUIREMENT + CONDITION);
        });
    }

    @Test
    void narrowerInitiativesAreNamedWithTheScopeTheyWereRecognisedAt() {
        Dossier d = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN)
                .initiative("Dạy học STEM ở vùng cao", InitiativeScope.UNIT, LocalDate.of(2024, 5, 20))
                .initiative(new Initiative(InitiativeKind.GIAI_PHAP, "Thư viện xanh", "Phòng Giáo dục và Đào tạo",
                        LocalDate.of(2025, 6, 10), null, InitiativeScope.DISTRICT)))
                .build();

        assertThat(rule.check(d, DECISION)).extracting(Finding::message).containsExactly(REQUIREMENT
                + " (sáng kiến \"Dạy học STEM ở vùng cao\" chỉ được công nhận phạm vi cơ sở; giải pháp \"Thư viện xanh\""
                + " chỉ được công nhận phạm vi cấp huyện)" + CONDITION);
    }

    @Test
    void aProvincialRecognitionAfterTheDecisionDateDoesNotCountYet() {
        Dossier d = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN)
                .initiative("Sổ tay điện tử", InitiativeScope.PROVINCE, LocalDate.of(2026, 4, 2))).build();

        assertThat(rule.check(d, DECISION)).extracting(Finding::message).containsExactly(REQUIREMENT
                + " (sáng kiến \"Sổ tay điện tử\" được công nhận ngày 02/04/2026, sau ngày quyết định 01/04/2026)"
                + CONDITION);
        assertThat(rule.check(d, LocalDate.of(2026, 4, 2))).isEmpty();
    }

    @Test
    void aCountDeclaredWithoutTheInitiativesIsNotEnough() {
        Dossier d = dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).initiatives(2)).build();

        assertThat(rule.check(d, DECISION)).extracting(Finding::message).containsExactly(REQUIREMENT
                + " (đã khai 2 sáng kiến nhưng chưa kê khai tên, nơi công nhận, ngày công nhận và phạm vi ảnh hưởng)"
                + CONDITION);
    }

    @Test
    void aLongListIsCutShortSoThatTheMessageFitsItsColumn() {
        Fixtures.NomineeBuilder an = person("Nguyễn Văn An", AN);
        for (int i = 1; i <= 20; i++) {
            an.initiative(i + ". " + "Đổi mới phương pháp dạy học ".repeat(17), InitiativeScope.UNIT, LocalDate.of(2024, 5, i));
        }

        String message = rule.check(dossier("CSTD_T", 2025).with(an).build(), DECISION).get(0).message();

        assertThat(message).contains("sáng kiến \"1. Đổi mới", "…\" chỉ được công nhận phạm vi cơ sở",
                "và 17 sáng kiến, đề tài, giải pháp khác cũng chưa đạt").doesNotContain("4. Đổi mới").endsWith(CONDITION);
        assertThat(message.length()).isLessThanOrEqualTo(2000);
    }

    @Test
    void otherAwardsOneOffDossiersAndStruckNomineesHaveNoSuchCondition() {
        assertThat(rule.check(dossier("CSTD_CS", 2025).with(person("Nguyễn Văn An", AN)).build(), DECISION)).isEmpty();
        assertThat(rule.check(dossier("BK_T", 2025).with(person("Nguyễn Văn An", AN)).build(), DECISION)).isEmpty();
        assertThat(rule.check(dossier("CSTD_T", 2025).oneOff(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2))
                .with(person("Nguyễn Văn An", AN)).build(), DECISION)).isEmpty();
        assertThat(rule.check(dossier("CSTD_T", 2025).with(person("Nguyễn Văn An", AN).struck()).build(), DECISION))
                .isEmpty();
        assertThat(rule.check(dossier("CSTD_T", 2025).with(Fixtures.collective("Tổ Toán", "t1").members(10, 8, 2, 0))
                .build(), DECISION)).as("NomineeDataRule refuses a collective").isEmpty();
    }

    @Test
    void everyActivePersonIsCheckedOnItsOwn() {
        Dossier d = dossier("CSTD_T", 2025).with(
                person("Nguyễn Văn An", AN).initiative("Sổ tay điện tử", InitiativeScope.PROVINCE, LocalDate.of(2025, 3, 1)),
                person("Lê Thị Bình", "001190000002")).build();

        assertThat(rule.check(d, DECISION)).extracting(Finding::message)
                .singleElement().asString().startsWith("Lê Thị Bình: chưa có sáng kiến");
    }
}
