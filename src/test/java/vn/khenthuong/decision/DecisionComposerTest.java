package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.settings.Settings;

/** The text of a decision as written from a draft, with the settings the migrations seed. */
class DecisionComposerTest {

    private static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 5);
    private static final String ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua \"Cao Bằng chung sức "
            + "xây dựng nông thôn mới\" năm 2025";
    /** The achievement as the decision prints it: with typographic quotes. */
    private static final String PRINTED_ACHIEVEMENT = "đã có thành tích xuất sắc trong phong trào thi đua “Cao Bằng chung "
            + "sức xây dựng nông thôn mới” năm 2025";

    private DecisionComposer composer;

    @BeforeEach
    void wire() {
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.get("caobang")).thenReturn(new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng"));
        when(organisations.get("tpcb")).thenReturn(new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng"));
        AwardCatalogue awards = mock(AwardCatalogue.class);
        when(awards.get("BK_T")).thenReturn(new Award("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                AwardKind.COMMENDATION, AwardTarget.BOTH));
        when(awards.get("LDTT")).thenReturn(new Award("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardTarget.INDIVIDUAL));
        Settings settings = SeededSettings.load();
        composer = new DecisionComposer(organisations, awards, settings, new BonusCalculator(settings));
    }

    @Test
    void aProvincialBangKhenForPeopleAndACollectiveSignedByTheViceChairman() {
        AwardDecision draft = draft("caobang", "BK_T", "Tờ trình số 45/TTr-SNV ngày 28 tháng 3 năm 2026",
                person(1, "Nông Thị Mai", "Giáo viên"), person(2, "Hoàng Văn Nam", null), collective(3, "Tổ Toán - Tin"));

        DecisionDocument d = composer.compose(draft, new DecisionDocument.DecisionNumber(7, composer.symbol("caobang", APRIL_2026)),
                APRIL_2026, SignerCapacity.VICE_CHAIRMAN.signer("Nông Văn Bảo"));

        assertThat(d.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG");
        assertThat(d.number().text()).isEqualTo("07/QĐ-UBND");
        assertThat(d.place()).isEqualTo("Cao Bằng");
        assertThat(d.subject()).isEqualTo("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(d.authority()).isEqualTo("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG");
        assertThat(d.legalBases()).hasSize(4).last().isEqualTo(
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 28 tháng 3 năm 2026.");
        assertThat(d.legalBases().get(2)).startsWith("Căn cứ Nghị định số 152/2025/NĐ-CP");
        assertThat(d.articles().get(0)).isEqualTo("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 2 cá nhân và "
                + "1 tập thể (có danh sách kèm theo), " + PRINTED_ACHIEVEMENT + ".");
        assertThat(d.articles().get(1)).isEqualTo("Kèm theo Bằng khen là tiền thưởng: mỗi cá nhân 3.510.000 đồng, "
                + "mỗi tập thể 7.020.000 đồng; tổng cộng 14.040.000 đồng. Kinh phí khen thưởng trích từ Quỹ thi đua, "
                + "khen thưởng tỉnh năm 2026.");
        assertThat(d.articles().get(2)).startsWith("Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân "
                + "tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng");
        assertThat(d.copiesTo()).last().isEqualTo("Lưu: VT, TĐKT.");
        assertThat(d.signer().capacity()).containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(d.attachedList().title()).isEqualTo("Cá nhân, tập thể được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(d.attachedList().issuedBy()).isEqualTo("Chủ tịch Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(d.attachedList().recipients()).extracting(DecisionDocument.Recipient::positionOrUnit)
                .containsExactly("Giáo viên, Trường Tiểu học Hòa Chung", "Trường Tiểu học Hòa Chung", "Trường Tiểu học Hòa Chung");
        assertThat(d.attachedList().total()).isEqualTo(14_040_000);
        assertThat(new DecisionPdfRenderer().render(d)).startsWith("%PDF".getBytes());
    }

    @Test
    void theLegalBasesAndBonusesAreThoseOfTheRuleSetInForceOnTheDecisionDate() {
        AwardDecision draft = draft("caobang", "BK_T", null, person(1, "Nông Thị Mai", "Giáo viên"), person(2, "Lê Văn Hải", "Kế toán"));
        LocalDate before152 = LocalDate.of(2025, 6, 30);

        DecisionDocument d = composer.compose(draft, new DecisionDocument.DecisionNumber(1, "QĐ-UBND"), before152,
                SignerCapacity.CHAIRMAN.signer("Hoàng Xuân Ánh"));

        assertThat(d.legalBases().get(2)).startsWith("Căn cứ Nghị định số 98/2023/NĐ-CP");
        assertThat(d.legalBases().get(3)).isEqualTo("Theo đề nghị của Giám đốc Sở Nội vụ.");
        assertThat(d.attachedList().recipients()).extracting(DecisionDocument.Recipient::bonus).containsOnly(2_340_000L);
        assertThat(d.signer().capacity()).containsExactly("CHỦ TỊCH");
    }

    @Test
    void aDistrictTitleForOnePersonNamesThemInArticleOneWithoutAList() {
        AwardDecision draft = draft("tpcb", "LDTT", null, person(1, "Nông Thị Mai", "Giáo viên"));

        DecisionDocument d = composer.compose(draft, DecisionDocument.DecisionNumber.draft("QĐ-UBND"), APRIL_2026,
                SignerCapacity.CHAIRMAN.signer("Lục Văn Cường"));

        assertThat(d.number().text()).isEqualTo("      /QĐ-UBND");
        assertThat(d.issuingBody()).containsExactly("ỦY BAN NHÂN DÂN", "THÀNH PHỐ CAO BẰNG");
        assertThat(d.subject()).isEqualTo("Về việc tặng danh hiệu “Lao động tiên tiến”");
        assertThat(d.articles().get(0)).isEqualTo("Tặng danh hiệu “Lao động tiên tiến” cho Nông Thị Mai, Giáo viên, "
                + "Trường Tiểu học Hòa Chung, " + PRINTED_ACHIEVEMENT + ".");
        assertThat(d.articles().get(1)).contains("mỗi cá nhân 710.000 đồng", "Quỹ thi đua, khen thưởng thành phố Cao Bằng");
        assertThat(d.legalBases()).last().isEqualTo("Theo đề nghị của Trưởng phòng Nội vụ.");
        assertThat(d.attachedList()).isNull();
        assertThat(d.copiesTo()).last().isEqualTo("Lưu: VT, NV.");
    }

    private static AwardDecision draft(String body, String award, String proposal, AwardDecision.Recipient... recipients) {
        return new AwardDecision(1, body, award, ACHIEVEMENT + ".", proposal, DecisionStatus.IN_REVIEW, null, null,
                "bantdkt", null, null, null, null, null, null, null, null, null, List.of(recipients));
    }

    private static AwardDecision.Recipient person(long id, String name, String jobTitle) {
        return new AwardDecision.Recipient(id, 10, "HS-2026-000010", "thhoachung", (int) id, NomineeKind.INDIVIDUAL, name,
                jobTitle, "Trường Tiểu học Hòa Chung", null);
    }

    private static AwardDecision.Recipient collective(long id, String name) {
        return new AwardDecision.Recipient(id, 10, "HS-2026-000010", "thhoachung", (int) id, NomineeKind.COLLECTIVE, name,
                null, "Trường Tiểu học Hòa Chung", null);
    }
}
