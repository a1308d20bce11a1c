package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnameseMoney;

class DecisionPageViewsTest {

    @Test
    void nomineesAreGroupedByDossierInTheOrderTheyCome() {
        List<AwardDecision.Recipient> waiting = List.of(recipient(1, 10, NomineeKind.INDIVIDUAL, null),
                recipient(2, 10, NomineeKind.INDIVIDUAL, null), recipient(3, 20, NomineeKind.COLLECTIVE, null),
                recipient(4, 10, NomineeKind.INDIVIDUAL, null));

        List<DecisionPageViews.DossierGroup> groups = DecisionPageViews.byDossier(waiting);

        assertThat(groups).extracting(DecisionPageViews.DossierGroup::dossierCode).containsExactly("HS-10", "HS-20");
        assertThat(groups.get(0).nominees()).extracting(AwardDecision.Recipient::nomineeId).containsExactly(1L, 2L, 4L);
        assertThat(groups.get(1).unitName()).isEqualTo("Đơn vị 20");
    }

    @Test
    void timesAreShownInVietnamTime() {
        OffsetDateTime lateEveningUtc = OffsetDateTime.of(2026, 4, 5, 20, 30, 0, 0, ZoneOffset.UTC);

        assertThat(DecisionPageViews.minute(lateEveningUtc)).isEqualTo("06/04/2026 03:30");
        assertThat(DecisionPageViews.day(lateEveningUtc)).isEqualTo("06/04/2026");
        assertThat(DecisionPageViews.day(LocalDate.of(2026, 1, 5))).isEqualTo("05/01/2026");
        assertThat(DecisionPageViews.day((LocalDate) null)).isEqualTo("—");
        assertThat(DecisionPageViews.minute(null)).isNull();
    }

    @Test
    void theTotalOfASignedDecisionIsWrittenTheVietnameseWay() {
        AwardDecision signed = decision(DecisionStatus.SIGNED, List.of(recipient(1, 10, NomineeKind.INDIVIDUAL, 710_000L),
                recipient(2, 10, NomineeKind.COLLECTIVE, 1_420_000L)));

        assertThat(VietnameseMoney.format(DecisionPageViews.total(signed))).isEqualTo("2.130.000 đồng");
        assertThat(RecipientCount.of(signed.recipients())).isEqualTo("1 cá nhân, 1 tập thể");
        assertThat(DecisionPageViews.title(signed)).isEqualTo("Quyết định số 12/QĐ-UBND");
    }

    @Test
    void everyStatusHasItsBadgeAndLabel() {
        assertThat(DecisionPageViews.badge(DecisionStatus.SIGNED)).isEqualTo("ok");
        assertThat(DecisionPageViews.badge(DecisionStatus.RETURNED)).isEqualTo("warn");
        assertThat(DecisionPageViews.badge(DecisionStatus.CANCELLED)).isEqualTo("bad");
        assertThat(DecisionPageViews.badge(DecisionStatus.IN_REVIEW)).isEmpty();
        assertThat(DecisionPageViews.stateLabel(DecisionStatus.IN_REVIEW)).isEqualTo("Dự thảo — chờ Chủ tịch ký");
        assertThat(DecisionPageViews.stateLabel(DecisionStatus.RETURNED)).isEqualTo("Bị trả lại");
        assertThat(DecisionPageViews.title(decision(DecisionStatus.RETURNED, List.of()))).isEqualTo("Dự thảo quyết định");
    }

    private static AwardDecision decision(DecisionStatus status, List<AwardDecision.Recipient> recipients) {
        boolean signed = status == DecisionStatus.SIGNED;
        return new AwardDecision(1, "tpcb", "LDTT", "đã có thành tích", null, status, null, null, "noivu.tpcb", null,
                signed ? 12 : null, signed ? "12/QĐ-UBND" : null, null, null, null, null, null, null, recipients);
    }

    private static AwardDecision.Recipient recipient(long nomineeId, long dossierId, NomineeKind kind, Long bonus) {
        return new AwardDecision.Recipient(nomineeId, dossierId, "HS-" + dossierId, "u" + dossierId, 1, kind,
                "Người " + nomineeId, null, "Đơn vị " + dossierId, bonus);
    }
}
