package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.pdf.PdfText;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.DecisionFacts;
import vn.khenthuong.settings.Settings;
import vn.khenthuong.signature.SigningKeys;
import vn.khenthuong.signature.TestKeys;

/** "Số: 01/QĐ-UBND": numbers below 10 take a leading zero (Decree 30/2020, Appendix I), wherever the number goes. */
class DecisionNumberTextTest {

    @ParameterizedTest
    @CsvSource({"1, 01/QĐ-UBND", "9, 09/QĐ-UBND", "10, 10/QĐ-UBND", "99, 99/QĐ-UBND", "123, 123/QĐ-UBND",
        "1234, 1234/QĐ-UBND"})
    void numbersBelowTenTakeALeadingZero(int value, String text) {
        assertThat(new DecisionDocument.DecisionNumber(value, "QĐ-UBND").text()).isEqualTo(text);
    }

    @Test
    void aDraftLeavesTheNumberBlankAndNoNumberIsNegative() {
        assertThat(DecisionDocument.DecisionNumber.draft("QĐ-UBND").text()).isEqualTo("      /QĐ-UBND");
        assertThatThrownBy(() -> new DecisionDocument.DecisionNumber(-1, "QĐ-UBND"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePdfPrintsTheZeroInTheHeadTheAnnexAndTheTitle() {
        DecisionDocument sample = SampleDecisions.decision(2, 1);
        DecisionDocument first = new DecisionDocument(sample.issuingBody(), new DecisionDocument.DecisionNumber(1, "QĐ-UBND"),
                sample.place(), sample.date(), sample.subject(), sample.authority(), sample.legalBases(), sample.articles(),
                sample.copiesTo(), sample.signer(), sample.attachedList());

        assertThat(PdfText.of(new DecisionPdfRenderer().render(first)))
                .contains("Số: 01/QĐ-UBND", "(Kèm theo Quyết định số 01/QĐ-UBND ngày 05 tháng 4 năm 2026")
                .doesNotContain(" 1/QĐ-UBND");
        assertThat(DecisionPdfRenderer.title(first)).startsWith("Quyết định số 01/QĐ-UBND ngày 05 tháng 4 năm 2026");
    }

    @Test
    void signingTheFirstDecisionOfTheYearWritesZeroOneToTheDecisionTheRegistryTheDossiersAndTheAuditEvents() {
        DecisionRepository repository = mock(DecisionRepository.class);
        DecisionNumbers numbers = mock(DecisionNumbers.class);
        SigningKeys keys = mock(SigningKeys.class);
        OrganisationService organisations = mock(OrganisationService.class);
        AwardCatalogue awards = mock(AwardCatalogue.class);
        AwardRegistry registry = mock(AwardRegistry.class);
        DossierLifecycle dossiers = mock(DossierLifecycle.class);
        ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
        Organisation province = new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng");
        when(organisations.get("caobang")).thenReturn(province);
        when(organisations.membershipsOf("chutich.tinh"))
                .thenReturn(List.of(new Membership("chutich-caobang", "caobang", OrgRole.CHAIRMAN)));
        when(awards.get("BK_T")).thenReturn(new Award("BK_T", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                AwardKind.COMMENDATION, AwardTarget.BOTH));
        when(keys.of("chutich.tinh")).thenReturn(TestKeys.CHAIRMAN);
        when(numbers.next(eq("caobang"), anyInt())).thenReturn(1);
        AwardDecision draft = new AwardDecision(5, "caobang", "BK_T", "đã có thành tích xuất sắc năm 2025", null,
                DecisionStatus.IN_REVIEW, null, null, "bantdkt", null, null, null, null, null, null, null, null, null,
                List.of(new AwardDecision.Recipient(41, 10, "HS-2026-000010", "kbnn", 1, NomineeKind.INDIVIDUAL,
                        "Nông Thị Mai", "Kế toán", "Kho bạc Nhà nước Cao Bằng", null)));
        when(repository.lock(5)).thenReturn(Optional.of(draft));
        when(repository.find(5)).thenReturn(Optional.of(draft));
        Settings settings = SeededSettings.load();
        DecisionComposer composer = new DecisionComposer(organisations, awards, settings, new BonusCalculator(settings));

        new DecisionSigning(repository, composer, numbers, keys, organisations, registry, dossiers, events, List.of())
                .sign(5, "chutich.tinh");

        ArgumentCaptor<SignedDecision> signed = ArgumentCaptor.forClass(SignedDecision.class);
        verify(repository).markSigned(eq(5L), signed.capture());
        assertThat(signed.getValue().numberValue()).isEqualTo(1);
        assertThat(signed.getValue().numberText()).isEqualTo("01/QĐ-UBND");
        assertThat(PdfText.of(signed.getValue().pdf())).contains("Số: 01/QĐ-UBND");
        ArgumentCaptor<DecisionFacts> facts = ArgumentCaptor.forClass(DecisionFacts.class);
        verify(registry).attachDecision(eq(41L), facts.capture());
        assertThat(facts.getValue().number()).isEqualTo("01/QĐ-UBND");
        verify(dossiers).markNomineesDecided(10L, List.of(41L), 5L, "01/QĐ-UBND");
        verify(events).publishEvent(new DecisionSigned("HS-2026-000010", 5, "01/QĐ-UBND"));
    }
}
