package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.DocumentInfo;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Initiative;
import vn.khenthuong.dossier.InitiativeKind;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** What reviewers read in Tasklist: what units wrote shows as written, never as links, images or HTML. */
class DossierPresentationTest {

    @Test
    void userTextCannotMakeLinksImagesOrHtmlInAReviewersForm() {
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.get("thhoachung")).thenReturn(new Organisation("thhoachung", "Trường Tiểu học Hòa Chung",
                OrgKind.UNIT, "tpcb", "Cao Bằng"));
        Nominee nominee = new Nominee(1L, 1, NomineeKind.INDIVIDUAL, "![ảnh](https://evil.example/x.png) Nông Văn An",
                "004085012345", LocalDate.of(1985, 3, 1), "<script>alert(1)</script>", true, null, false, null, null,
                null, null, DutyRating.HTXS, 1, 1, 12, false, "Thành tích", NomineeStatus.ACTIVE, null, List.of());
        Dossier dossier = new Dossier(7L, "HS-2026-000007", "thhoachung", "LDTT", 2026, null, null, false,
                "[Bấm vào đây](https://evil.example) {{dossierSummary}}", null, DossierStatus.SUBMITTED, null, false,
                null, null, null, null, "thuky.hoachung", OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now(),
                null, 0, List.of(nominee), List.of(new DocumentInfo(3L, DocumentKind.TO_TRINH, "](javascript:alert(1)).pdf",
                        "application/pdf", 10, "ab", "thuky.hoachung", OffsetDateTime.now())));

        String md = new DossierPresentation(organisations).summary(dossier, "Lao động tiên tiến");

        assertThat(md).contains("\\[Bấm vào đây\\]\\(https\\:\\/\\/evil\\.example\\) \\{\\{dossierSummary\\}\\}")
                .contains("\\!\\[ảnh\\]").contains("\\<script\\>")
                .contains("[\\]\\(javascript\\:alert\\(1\\)\\)\\.pdf](/api/dossiers/7/documents/3)")
                .doesNotContain("](https://evil");
    }

    @Test
    void reviewersReadEachPersonsRecognisedInitiativesUnderTheirName() {
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.get("thhoachung")).thenReturn(new Organisation("thhoachung", "Trường Tiểu học Hòa Chung",
                OrgKind.UNIT, "tpcb", "Cao Bằng"));
        Initiative initiative = new Initiative(InitiativeKind.GIAI_PHAP, "Dạy tiếng Việt [qua](https://evil.example) trò chơi",
                "Hội đồng sáng kiến tỉnh Cao Bằng", LocalDate.of(2025, 10, 15), "1520/QĐ-UBND", InitiativeScope.PROVINCE);
        Nominee nominee = new Nominee(1L, 1, NomineeKind.INDIVIDUAL, "Nông Văn Thành", "004085001234",
                LocalDate.of(1985, 5, 15), "Giáo viên", true, null, false, null, null, null, null, DutyRating.HTXS, 0, 1,
                12, false, "Thành tích", NomineeStatus.ACTIVE, null, List.of(initiative));
        Dossier dossier = new Dossier(8L, "HS-2025-000008", "thhoachung", "CSTD_T", 2025, null, null, false, null, null,
                DossierStatus.SUBMITTED, null, false, null, null, null, null, "thuky.hoachung", OffsetDateTime.now(),
                OffsetDateTime.now(), OffsetDateTime.now(), null, 0, List.of(nominee), List.of());

        String md = new DossierPresentation(organisations).summary(dossier, "Chiến sĩ thi đua cấp tỉnh");

        assertThat(md).contains("1. **Nông Văn Thành** — CCCD 004085001234, Giáo viên — Đang xét\n"
                + "   - Giải pháp \\\"Dạy tiếng Việt \\[qua\\]\\(https\\:\\/\\/evil\\.example\\) trò chơi\\\" — Hội đồng"
                + " sáng kiến tỉnh Cao Bằng công nhận ngày 15\\/10\\/2025 \\(số 1520\\/QĐ\\-UBND\\)\\, phạm vi ảnh hưởng"
                + " cấp tỉnh\n").doesNotContain("](https://evil");
    }

    @Test
    void afterAReturnTheReviewerReadsFirstWhatTheUnitAnsweredAndTheDocumentsAddedSince() {
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.get("thhoachung")).thenReturn(new Organisation("thhoachung", "Trường Tiểu học Hòa Chung",
                OrgKind.UNIT, "tpcb", "Cao Bằng"));
        OffsetDateTime returnedAt = OffsetDateTime.parse("2026-04-02T09:00:00+07:00");
        DocumentInfo before = new DocumentInfo(3L, DocumentKind.TO_TRINH, "Tờ trình.pdf", "application/pdf", 10, "ab",
                "thuky.hoachung", returnedAt.minusDays(1));
        DocumentInfo after = new DocumentInfo(4L, DocumentKind.BIEN_BAN_HOP, "Biên bản họp.pdf", "application/pdf", 10, "cd",
                "thuky.hoachung", returnedAt.plusHours(26).plusMinutes(5));
        Dossier dossier = new Dossier(7L, "HS-2026-000007", "thhoachung", "LDTT", 2026, null, null, false, null, null,
                DossierStatus.SUBMITTED, null, false, null, null, null, null, "thuky.hoachung", returnedAt, returnedAt,
                returnedAt, null, 0, List.of(), List.of(before, after));

        String md = new DossierPresentation(organisations).summary(dossier, "Lao động tiên tiến",
                java.util.Optional.of(new Resubmission(returnedAt.toInstant(), "Thiếu biên bản", "Đã bổ sung biên bản")));

        assertThat(md).contains("**Đơn vị đã bổ sung sau khi bị trả lại lúc 09:00 02/04/2026**",
                "- Yêu cầu: Thiếu biên bản", "- Giải trình của đơn vị: Đã bổ sung biên bản",
                "   - Biên bản họp Hội đồng: [Biên bản họp\\.pdf](/api/dossiers/7/documents/4) — tải lên lúc 11:05 03/04/2026");
        assertThat(md.substring(0, md.indexOf("---"))).doesNotContain("Tờ trình");
    }
}
