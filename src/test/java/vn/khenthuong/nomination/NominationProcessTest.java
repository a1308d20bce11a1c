package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.khenthuong.decision.AwardDecision;
import vn.khenthuong.decision.DecisionStatus;

/** Every path of the nomination process, on the real engine with the real delegates. */
@Deployment(resources = {"nomination.bpmn", "award-routing.dmn", "tham-dinh-ho-so.form", "bieu-quyet-hoi-dong.form",
        "xet-duyet-chu-tich.form", "bo-sung-ho-so.form", "decision.bpmn", "ky-quyet-dinh.form", "sua-du-thao-quyet-dinh.form"})
class NominationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("engine-test.cfg.xml").build();

    private NominationFixture fixture;
    private ProcessInstance pi;

    @BeforeEach
    void wire() throws Exception {
        ProcessEngine processEngine = engine.getProcessEngine();
        fixture = new NominationFixture(processEngine);
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void districtAwardIsApprovedByTheDistrictChairman() {
        submit("thhoachung", "LDTT");

        assertThat(pi).isWaitingAt("districtCheck");
        assertThat(task(pi)).hasCandidateGroup("tpcb-thamdinh");
        approve();
        assertThat(pi).isWaitingAt("districtCouncil");
        assertThat(task(pi)).hasCandidateGroup("tpcb-hoidong");
        vote(9, 9, 9, 8);
        assertThat(pi).isWaitingAt("districtChairman");
        assertThat(task(pi)).hasCandidateGroup("tpcb-chutich");
        approve();

        assertThat(pi).isWaitingAt("awaitDecision").hasPassed("approveDossier", "recordApprovedAwards")
                .hasNotPassed("forwardToProvince");
        verify(fixture.dossiers).approve(NominationFixture.DOSSIER_ID);
        verify(fixture.registry, org.mockito.Mockito.times(2)).record(org.mockito.ArgumentMatchers.argThat(e ->
                e.awardCode().equals("LDTT") && e.decidedBy().equals("Chủ tịch UBND Thành phố Cao Bằng")),
                org.mockito.ArgumentMatchers.argThat(facts -> facts.directWorker() && !facts.forwardedToState()));
        verify(fixture.dossiers).markRouted(NominationFixture.DOSSIER_ID, "DISTRICT");
    }

    @Test
    void provincialAwardPassesTheDistrictThenTheProvince() {
        submit("thhoachung", "BK_T");
        passDistrict();

        assertThat(pi).hasPassed("forwardToProvince").isWaitingAt("provinceAppraisal");
        verify(fixture.dossiers).markReachedProvince(NominationFixture.DOSSIER_ID);
        assertThat(task(pi)).hasCandidateGroup("caobang-thamdinh");
        approve();
        assertThat(task(pi)).hasCandidateGroup("caobang-hoidong");
        vote(15, 14, 14, 13);
        assertThat(task(pi)).hasCandidateGroup("caobang-chutich");
        approve();

        assertThat(pi).isWaitingAt("awaitDecision").hasPassed("approveDossier");
        verify(fixture.dossiers).approve(NominationFixture.DOSSIER_ID);
    }

    @Test
    void aDossierTravelsFromSubmissionToTheChairmansSignedDecision() throws Exception {
        NominationProcess nominations = new NominationProcess(runtimeService(), taskService(), null);
        AwardDecision signed = new AwardDecision(5, "tpcb", "LDTT", "đã có thành tích xuất sắc", null,
                DecisionStatus.SIGNED, null, null, "noivu.tpcb", null, 1, "1/QĐ-UBND", LocalDate.now(), "chutich.tpcb",
                "Lục Văn Cường", "CHAIRMAN", null, "ab12", List.of());
        // the signing service (its own IT runs it on PostgreSQL) tells the dossier as the real one does
        Object signing = mock(Class.forName("vn.khenthuong.decision.DecisionSigning"), invocation -> {
            if (invocation.getMethod().getName().equals("sign")) {
                nominations.decisionSigned("HS-2026-000042", 5, "1/QĐ-UBND");
                return signed;
            }
            return null;
        });
        Object review = mock(Class.forName("vn.khenthuong.decision.DecisionReview"), invocation ->
                switch (invocation.getMethod().getName()) {
                    case "get" -> signed;
                    case "summary" -> "### Dự thảo quyết định";
                    default -> null;
                });
        Mocks.register("signDecision", NominationFixture.create("vn.khenthuong.decision.SignDecision", signing, fixture.engineUser,
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        Mocks.register("presentDecisionDraft", NominationFixture.create("vn.khenthuong.decision.PresentDecisionDraft", review));

        submit("thhoachung", "LDTT");
        passDistrict();
        assertThat(pi).isWaitingAt("awaitDecision");

        Object decisions = mock(Class.forName("vn.khenthuong.decision.DecisionRepository"), invocation ->
                invocation.getMethod().getName().equals("find") ? java.util.Optional.of(signed) : null);
        Mocks.register("decisionRoute", NominationFixture.create("vn.khenthuong.decision.DecisionRoute", decisions,
                fixture.organisations));
        ProcessInstance decision = runtimeService().startProcessInstanceByKey("decision", "QD-5", Map.of("decisionId", 5L));
        assertThat(task(decision)).hasCandidateGroup("tpcb-chutich").hasName("Xem xét, ký quyết định khen thưởng");
        engine.getProcessEngine().getIdentityService().setAuthentication("chutich.tpcb", List.of("tpcb-chutich"));
        try {
            complete(task(decision), withVariables("decisionOutcome", "SIGN"));
        } finally {
            engine.getProcessEngine().getIdentityService().clearAuthentication();
        }

        assertThat(decision).isEnded().hasPassed("signDecision", "signed");
        assertThat(pi).isEnded().hasPassed("awaitDecision", "markDossierDecided", "decided");
        verify(fixture.dossiers).markDecided(NominationFixture.DOSSIER_ID);
        verify(fixture.registry, org.mockito.Mockito.times(2)).record(org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any());
    }

    @Test
    void anApprovedDossierEndsWhenDecisionsHaveNamedAllItsNominees() {
        submit("thhoachung", "LDTT");
        passDistrict();
        assertThat(pi).isWaitingAt("awaitDecision");

        fixture.awaitingDecision = 1;
        new NominationProcess(runtimeService(), taskService(), null).decisionSigned("HS-2026-000042", 7, "3/QĐ-UBND");
        assertThat(pi).isWaitingAt("awaitDecision");
        verify(fixture.dossiers, org.mockito.Mockito.never()).markDecided(NominationFixture.DOSSIER_ID);

        fixture.awaitingDecision = 0;
        new NominationProcess(runtimeService(), taskService(), null).decisionSigned("HS-2026-000042", 8, "4/QĐ-UBND");
        assertThat(pi).isEnded().hasPassed("markDossierDecided", "decided").variables()
                .containsEntry("decisionNumber", "4/QĐ-UBND");
        verify(fixture.dossiers).markDecided(NominationFixture.DOSSIER_ID);
    }

    @Test
    void provincialAgencySubmitsStraightToTheProvince() {
        submit("kbnn", "BK_T");

        assertThat(pi).isWaitingAt("provinceAppraisal").hasNotPassed("districtCheck");
        assertThat(task(pi)).hasCandidateGroup("caobang-thamdinh");
    }

    @Test
    void stateAwardIsForwardedUpwardAfterTheProvincialChairman() {
        submit("kbnn", "HC_LD");
        approve();
        vote(15, 15, 15, 15);
        approve();

        assertThat(pi).isEnded().hasPassed("forwardUpward", "recordForwardedAwards").hasNotPassed("approveDossier");
        verify(fixture.dossiers).forwardUpward(NominationFixture.DOSSIER_ID);
        verify(fixture.registry, org.mockito.Mockito.times(2)).record(org.mockito.ArgumentMatchers.argThat(e ->
                e.awardCode().equals("HC_LD") && e.decidedBy() == null && e.decisionNumber() == null),
                org.mockito.ArgumentMatchers.argThat(vn.khenthuong.registry.EntryFacts::forwardedToState));
    }

    @ParameterizedTest
    @EnumSource(ReviewStep.class)
    void returnedDossierGoesBackToTheStepThatReturnedIt(ReviewStep step) {
        submit("thhoachung", "BK_T");
        driveTo(step);

        complete(task(pi), withVariables("outcome", "RETURN", "comment", "Thiếu biên bản họp"));

        String supplement = "supplement" + Character.toUpperCase(step.taskKey().charAt(0)) + step.taskKey().substring(1);
        assertThat(pi).isWaitingAt(supplement);
        assertThat(task(pi)).hasCandidateGroup("thhoachung-thuky").hasName("Bổ sung hồ sơ");
        verify(fixture.dossiers).markReturned(NominationFixture.DOSSIER_ID, "Thiếu biên bản họp",
                fixture.labels.of(step, "thhoachung"));

        complete(task(pi), withVariables("supplementResponse", "Đã bổ sung biên bản"));
        assertThat(pi).isWaitingAt(step.taskKey());
        verify(fixture.dossiers).markResubmitted(NominationFixture.DOSSIER_ID);
    }

    @Test
    void returnWithoutCommentIsRefusedAndTheTaskStays() {
        submit("thhoachung", "LDTT");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("outcome", "RETURN")))
                .hasMessageContaining("cần ghi rõ nội dung cần bổ sung");
        assertThat(pi).isWaitingAt("districtCheck");
    }

    @Test
    void resubmissionOfAnIncompleteDossierIsRefused() {
        submit("thhoachung", "LDTT");
        complete(task(pi), withVariables("outcome", "RETURN", "comment", "Thiếu tờ trình"));
        when(fixture.validation.completeness(fixture.dossiers.get(NominationFixture.DOSSIER_ID))).thenReturn(
                java.util.List.of(new vn.khenthuong.dossier.Finding(null, "DOCS",
                        vn.khenthuong.dossier.Severity.ERROR, "Thiếu tờ trình")));
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("supplementResponse", "x")))
                .hasMessageContaining("Thiếu tờ trình");
        assertThat(pi).isWaitingAt("supplementDistrictCheck");
    }

    @Test
    void rejectedDossierEndsWithItsReason() {
        submit("thhoachung", "BK_T");
        passDistrict();

        complete(task(pi), withVariables("outcome", "REJECT", "comment", "Thành tích không đủ tiêu chuẩn"));

        assertThat(pi).isEnded().hasPassed("rejectDossierAtProvince", "rejectedAtProvince");
        verify(fixture.dossiers).reject(NominationFixture.DOSSIER_ID, "Thành tích không đủ tiêu chuẩn");
    }

    @Test
    void unitWithdrawsTheDossierAtAnyStep() {
        submit("thhoachung", "BK_T");
        approve();

        runtimeService().createMessageCorrelation(NominationProcess.WITHDRAW_MESSAGE)
                .processInstanceBusinessKey("HS-2026-000042")
                .setVariable("withdrawReason", "Đơn vị xin rút để hoàn thiện thành tích")
                .correlate();

        assertThat(pi).isEnded().hasPassed("withdrawDossier");
        verify(fixture.dossiers).withdraw(NominationFixture.DOSSIER_ID, "Đơn vị xin rút để hoàn thiện thành tích");
    }

    @Test
    void councilStrikesTheNomineeBelowTheThresholdAndTheRestContinue() {
        submit("thhoachung", "LDTT");
        approve();

        vote(9, 8, 7, 3);

        assertThat(pi).isWaitingAt("districtChairman");
        Assertions.assertThat(fixture.struck).containsExactly(2L);
        verify(fixture.dossiers).strikeNominee(eq(2L),
                contains("Hội đồng Thi đua - Khen thưởng Thành phố Cao Bằng: 3/9 thành viên đồng ý"),
                eq("Hội đồng Thi đua - Khen thưởng Thành phố Cao Bằng"));
        verify(fixture.dossiers, never()).strikeNominee(eq(1L), anyString(), anyString());
    }

    @Test
    void councilSecretaryWritesTheBallotSheetInTasklist() {
        submit("thhoachung", "LDTT");
        approve();

        assertThat(task(pi)).isNotNull();
        String sheet = (String) runtimeService().getVariable(pi.getId(), "votesText");
        Assertions.assertThat(sheet)
                .isEqualTo("Nguyễn Văn An (mã 1): \nLê Thị Bình (mã 2): ");
        complete(task(pi), withVariables("outcome", "APPROVE", "membersTotal", 9, "membersPresent", 9,
                "votesText", sheet.replace("(mã 1): ", "(mã 1): 9").replace("(mã 2): ", "(mã 2): 2")));

        assertThat(pi).isWaitingAt("districtChairman");
        verify(fixture.dossiers).strikeNominee(eq(2L), contains("2/9 thành viên đồng ý"), anyString());
    }

    @Test
    void dossierWithNoNomineeAboveTheThresholdEndsNotApproved() {
        when(fixture.settings.find(eq("council-threshold.CSTD_T"), org.mockito.ArgumentMatchers.any()))
                .thenReturn(java.util.Optional.of("90 ALL"));
        fixture.dossier("kbnn", "CSTD_T");
        submit("kbnn", "CSTD_T");
        approve();

        vote(15, 15, 13, 12);

        assertThat(pi).isEnded().hasPassed("markNotApprovedAtProvince", "notApprovedAtProvince").hasNotPassed("provinceChairman");
        verify(fixture.dossiers).markNotApproved(NominationFixture.DOSSIER_ID);
    }

    @Test
    void blockingFindingNeedsAnOverrideWithAReason() {
        when(fixture.validation.hasBlockingErrors(NominationFixture.DOSSIER_ID)).thenReturn(true);
        submit("thhoachung", "LDTT");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of("outcome", "APPROVE")))
                .hasMessageContaining("còn lỗi");
        assertThat(pi).isWaitingAt("districtCheck");

        complete(task(pi), withVariables("outcome", "APPROVE", "overrideReason", "Đã có xác nhận bổ sung của Sở"));
        assertThat(pi).isWaitingAt("districtCouncil");
        verify(fixture.validation).overrideErrors(eq(NominationFixture.DOSSIER_ID), anyString(),
                eq("Đã có xác nhận bổ sung của Sở"));
    }

    @Test
    void overdueTaskIsEscalatedToTheSupervisorAndStaysWithItsHolders() {
        submit("thhoachung", "LDTT");

        execute(job("districtCheckOverdue", pi));

        verify(fixture.escalations).escalate(pi.getId(), "districtCheck", NominationFixture.DOSSIER_ID,
                "HS-2026-000042", "Phòng Nội vụ Thành phố Cao Bằng thẩm định", "tpcb-chutich");
        assertThat(pi).isWaitingAt("districtCheck").hasPassed("escalateDistrictCheck");
        assertThat(task(pi)).hasCandidateGroup("tpcb-thamdinh");
    }

    @Test
    void everyTaskSaysWhichDossierItIsAbout() {
        submit("thhoachung", "LDTT");

        Assertions.assertThat(task(pi).getDescription()).isEqualTo("HS-2026-000042 · Danh hiệu LDTT · 2 cá nhân · "
                + NominationFixture.DISTRICT.name());
        Assertions.assertThat(taskService().getVariablesLocal(task(pi).getId()))
                .containsEntry("hoSo", "HS-2026-000042 · Danh hiệu LDTT · 2 cá nhân")
                .containsEntry("donVi", NominationFixture.DISTRICT.name());
    }

    private void submit(String unitCode, String awardCode) {
        fixture.dossier(unitCode, awardCode);
        pi = runtimeService().startProcessInstanceByKey(NominationProcess.KEY, "HS-2026-000042",
                Map.of("dossierCode", "HS-2026-000042", "submittedBy", "thuky." + unitCode));
    }

    private void approve() {
        complete(task(pi), withVariables("outcome", "APPROVE"));
    }

    /** The council secretary fills in the ballot sheet of the form: votes for the first and second nominee. */
    private void vote(int total, int present, int forFirst, int forSecond) {
        String sheet = (String) runtimeService().getVariable(pi.getId(), "votesText");
        complete(task(pi), withVariables("outcome", "APPROVE", "membersTotal", total, "membersPresent", present,
                "votesText", sheet.replace("(mã 1): ", "(mã 1): " + forFirst).replace("(mã 2): ", "(mã 2): " + forSecond)));
    }

    private void passDistrict() {
        approve();
        vote(9, 9, 9, 9);
        approve();
    }

    private void driveTo(ReviewStep step) {
        for (ReviewStep s : ReviewStep.values()) {
            if (s == step) {
                return;
            }
            if (s.council()) {
                vote(9, 9, 9, 9);
            } else {
                approve();
            }
        }
    }
}
