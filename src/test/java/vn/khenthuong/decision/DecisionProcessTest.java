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
import java.util.HashMap;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import vn.khenthuong.workflow.ProcessVocabulary;
import static org.mockito.Mockito.never;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.OrganisationService;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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
        Mocks.register("signDecision", new SignDecision(signing, engineUser, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
        Mocks.register("returnDecisionDraft", new ReturnDecisionDraft(review, engineUser));
        Mocks.register("resubmitDecisionDraft", new ResubmitDecisionDraft(review));
        Mocks.register("cancelDecisionDraft", new CancelDecisionDraft(review, engineUser));
        DecisionRepository decisions = mock(DecisionRepository.class);
        when(decisions.find(5)).thenReturn(java.util.Optional.of(draft));
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.groupFor(anyString(), any(OrgRole.class)))
                .thenAnswer(i -> ((OrgRole) i.getArgument(1)).groupIdAt(i.getArgument(0)));
        Mocks.register("decisionRoute", new DecisionRoute(decisions, organisations));
    }

    /** The staff opened draft 5 (the engine extension deploys the model only once the test runs). */
    private void draftOpened() {
        pi = runtimeService().startProcessInstanceByKey("decision", "QD-5", Map.of("decisionId", 5L));
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

    @Test
    void bothStepsRefuseEveryVariableTheirFormDoesNotHave() {
        draftOpened();
        refusesEveryForeignName("chutich.tinh", Map.of("decisionOutcome", "RETURN", "decisionComment", "Sửa"),
                Set.of("decisionOutcome", "signingConfirmed", "decisionComment"));
        as("chutich.tinh", () -> complete(task(pi), withVariables("decisionOutcome", "RETURN", "decisionComment", "Sửa")));
        refusesEveryForeignName("bantdkt", Map.of("revisionOutcome", "RESUBMIT"), Set.of("revisionOutcome", "achievement"));
        verify(signing, never()).sign(anyLong(), anyString());
    }

    private void refusesEveryForeignName(String userId, Map<String, Object> valid, Set<String> formKeys) {
        String taskId = task(pi).getId();
        Map<String, Object> before = runtimeService().getVariables(pi.getId());
        for (String name : ProcessVocabulary.names()) {
            if (formKeys.contains(name)) {
                continue;
            }
            Map<String, Object> forged = new HashMap<>(valid);
            forged.put(name, "x");
            assertThatThrownBy(() -> as(userId, () -> taskService().complete(taskId, forged)))
                    .as("%s with %s", task(pi).getTaskDefinitionKey(), name)
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«" + name + "»");
        }
        org.assertj.core.api.Assertions.assertThat(task(pi).getId()).isEqualTo(taskId);
        org.assertj.core.api.Assertions.assertThat(runtimeService().getVariables(pi.getId())).isEqualTo(before);
    }

    /** Works as the person, a member of the body's chairman or staff group as the demo accounts are. */
    private void as(String userId, Runnable work) {
        identity.setAuthentication(userId, List.of(userId.startsWith("chutich") ? "caobang-chutich" : "caobang-thamdinh"));
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
