package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** What Tasklist shows of a draft fits in one Camunda String variable (4,000 characters), however long the list. */
class DecisionSummaryTest {

    private final DecisionComposer composer = mock(DecisionComposer.class);
    private final AwardCatalogue awards = mock(AwardCatalogue.class);
    private final OrganisationService organisations = mock(OrganisationService.class);
    private final DecisionReview review = new DecisionReview(null, composer, awards, organisations, null);

    @Test
    void aLongListIsCutBeforeTheVariablesLimitAndSaysHowManyAreLeftOut() {
        when(awards.get("BK_T")).thenReturn(new Award("BK_T", "Bằng khen của Chủ tịch UBND tỉnh", AwardKind.COMMENDATION,
                AwardTarget.BOTH));
        when(organisations.get("caobang")).thenReturn(new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null,
                "Cao Bằng"));
        when(composer.bonuses(any(), any())).thenReturn(Map.of());
        List<AwardDecision.Recipient> many = IntStream.rangeClosed(1, 73).mapToObj(i -> new AwardDecision.Recipient(i,
                1000 + i, "HS-2026-00" + (1000 + i), "u" + i, i, NomineeKind.INDIVIDUAL, "Nguyễn Thị Phương Thảo " + i,
                "Phó Trưởng phòng Tổ chức cán bộ kiêm Chánh Văn phòng Đảng ủy",
                "Sở Giáo dục và Đào tạo tỉnh Cao Bằng - Phòng Giáo dục Trung học", null)).toList();
        AwardDecision draft = new AwardDecision(5, "caobang", "BK_T", "x".repeat(2000), "Tờ trình số 1/TTr-BTĐKT",
                DecisionStatus.IN_REVIEW, null, null, "bantdkt", null, null, null, null, null, null, null, null, null,
                many);

        String summary = review.summary(draft);

        assertThat(summary.length()).isLessThan(4_000);
        assertThat(summary).contains("1. Nguyễn Thị Phương Thảo 1 — ").containsPattern("… và \\d+ người khác")
                .contains("73 cá nhân");
    }
}
