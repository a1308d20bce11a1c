package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.khenthuong.security.EngineUser;

/** The decision process on the real engine: the chairman signs or returns, the staff revise or cancel. */
@Deployment(resources = {"decision.bpmn", "ky-quyet-dinh.form", "sua-du-thao-quyet-dinh.form"})
class DecisionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("engine-test.cfg.xml").build();

    private final DecisionReview review = mock(DecisionReview.class);
    private final DecisionSigning signing = mock(DecisionSigning.class);
    private IdentityService identity;
    private ProcessInstance pi;

    @BeforeEach
    void wire() throws Exception {
        identity = engine.getProcessEngine().getIdentityService();
        EngineUser engineUser = engineUser(identity);
        AwardDecision draft = new AwardDecision(5, "caobang", "BK_T", "đã có thành tích xuất sắc", null,
                DecisionStatus.IN_REVIEW, null, null, "bantdkt", null, null, null, null, null, null, null, null, null, List.of());
        when(review.get(anyLong())).thenReturn(draft);
        when(review.summary(draft)).thenReturn("### Dự thảo quyết định tặng Bằng khen");
        Mocks.register("presentDecisionDraft", new PresentDecisionDraft(review));
        Mocks.register("signDecision", new SignDecision(signing, engineUser));
        Mocks.register("returnDecisionDraft", new ReturnDecisionDraft(review, engineUser));
        Mocks.register("resubmitDecisionDraft", new ResubmitDecisionDraft(review));
        Mocks.register("cancelDecisionDraft", new CancelDecisionDraft(review, engineUser));
    }

    /** The staff opened draft 5 (the engine extension deploys the model only once the test runs). */
    private void draftOpened() {
        pi = runtimeService().startProcessInstanceByKey("decision", "QD-5",
                Map.of("decisionId", 5L, "staffGroup", "caobang-thamdinh", "chairmanGroup", "caobang-chutich"));
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        Mocks.reset();
    }

    @Test
    void theChairmanReadsTheDraftAndSignsIt() {
        draftOpened();
        assertThat(pi).isWaitingAt("reviewDraft");
        assertThat(task(pi)).hasCandidateGroup("caobang-chutich");
        assertThat(pi).variables().containsEntry("decisionSummary", "### Dự thảo quyết định tặng Bằng khen");
        when(signing.sign(5, "chutich.tinh")).thenReturn(new AwardDecision(5, "caobang", "BK_T", "…", null,
                DecisionStatus.SIGNED, null, null, "bantdkt", null, 12, "12/QĐ-UBND", null, "chutich.tinh", null, null,
                null, null, List.of()));

        as("chutich.tinh", () -> complete(task(pi), withVariables("decisionOutcome", "SIGN")));

        verify(signing).sign(5, "chutich.tinh");
        assertThat(pi).isEnded().hasPassed("signDecision", "signed").variables()
                .containsEntry("decisionNumber", "12/QĐ-UBND");
    }

    @Test
    void aReturnedDraftIsRevisedByTheStaffAndComesBackToTheChairman() {
        draftOpened();
        as("chutich.tinh", () -> complete(task(pi), withVariables("decisionOutcome", "RETURN",
                "decisionComment", "Bổ sung số tờ trình")));

        verify(review).returnToStaff(5, "chutich.tinh", "Bổ sung số tờ trình");
        assertThat(pi).isWaitingAt("reviseDraft");
        assertThat(task(pi)).hasCandidateGroup("caobang-thamdinh");

        as("bantdkt", () -> complete(task(pi), withVariables("revisionOutcome", "RESUBMIT",
                "achievement", "đã có thành tích xuất sắc năm 2025")));

        verify(review).resubmit(5, "đã có thành tích xuất sắc năm 2025");
        assertThat(pi).isWaitingAt("reviewDraft").variables().doesNotContainKey("decisionOutcome");
    }

    @Test
    void theStaffMayCancelAReturnedDraft() {
        draftOpened();
        as("chutich.tinh", () -> complete(task(pi), withVariables("decisionOutcome", "RETURN", "decisionComment", "Không ban hành")));
        as("bantdkt", () -> complete(task(pi), withVariables("revisionOutcome", "CANCEL")));

        verify(review).cancel(5, "bantdkt");
        assertThat(pi).isEnded().hasPassed("cancelled");
    }

    @Test
    void aSigningThatFailsLeavesTheDraftWithTheChairman() {
        draftOpened();
        when(signing.sign(5, "chutich.tinh")).thenThrow(new IllegalStateException("Khóa ký số không mở được"));

        assertThatThrownBy(() -> as("chutich.tinh", () -> complete(task(pi), withVariables("decisionOutcome", "SIGN"))))
                .hasStackTraceContaining("Khóa ký số không mở được");

        assertThat(pi).isWaitingAt("reviewDraft");
    }

    private void as(String userId, Runnable work) {
        identity.setAuthentication(userId, List.of());
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static EngineUser engineUser(IdentityService identity) throws Exception {
        Constructor<?> constructor = EngineUser.class.getDeclaredConstructors()[0];
        constructor.setAccessible(true);
        return (EngineUser) constructor.newInstance(identity);
    }
}
