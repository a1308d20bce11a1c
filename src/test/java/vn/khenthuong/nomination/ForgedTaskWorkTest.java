package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.khenthuong.workflow.ProcessVocabulary;

/**
 * The nomination process as a hostile insider meets it on the real engine, with the task guard: only a
 * candidate of the step as the organisation tree derives it completes it, with the fields of its form
 * and nothing else; claims only for oneself; BPMN errors, identity changes and metrics for admins only.
 */
@Deployment(resources = {"nomination.bpmn", "award-routing.dmn", "tham-dinh-ho-so.form", "bieu-quyet-hoi-dong.form",
        "xet-duyet-chu-tich.form", "bo-sung-ho-so.form"})
class ForgedTaskWorkTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("engine-test.cfg.xml").build();

    private static final String CODE = "HS-2026-000042";

    private NominationFixture fixture;
    private IdentityService identity;
    private ProcessInstance pi;

    @BeforeEach
    void wire() throws Exception {
        ProcessEngine processEngine = engine.getProcessEngine();
        identity = processEngine.getIdentityService();
        fixture = new NominationFixture(processEngine);
    }

    @AfterEach
    void reset() {
        identity.clearAuthentication();
        Mocks.reset();
    }

    @Test
    void everyStepRefusesEveryVariableItsFormDoesNotHave() {
        List<String> steps = List.of("districtCheck", "districtCouncil", "districtChairman", "provinceAppraisal",
                "provinceCouncil", "provinceChairman");
        for (String step : steps) {
            submit("thhoachung", "BK_T");
            driveTo(step);
            refusesEveryForeignName(task(pi), ReviewStep.ofTaskKey(step).council() ? ballot() : Map.of("outcome", "APPROVE"));
            complete(task(pi), Map.of("outcome", "RETURN", "comment", "Thiếu biên bản"));
            refusesEveryForeignName(task(pi), Map.of("supplementResponse", "Đã bổ sung"));
            runtimeService().deleteProcessInstance(pi.getId(), "next step");
        }
    }

    @Test
    void aSecretaryCannotHandTheReviewStepsToHerOwnGroup() {
        submit("thhoachung", "LDTT");
        complete(task(pi), Map.of("outcome", "RETURN", "comment", "Thiếu biên bản"));
        Task supplement = task(pi);

        assertThatThrownBy(() -> as("thuky.hoachung", "thhoachung-thuky", () -> taskService().complete(supplement.getId(),
                Map.of("supplementResponse", "Đã bổ sung", "districtReviewerGroup", "thhoachung-thuky"))))
                .isInstanceOf(FormFieldValidationException.class);
        as("thuky.hoachung", "thhoachung-thuky",
                () -> taskService().complete(supplement.getId(), Map.of("supplementResponse", "Đã bổ sung")));

        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("districtCheck");
        assertThat(candidateGroups(task(pi))).containsExactly("tpcb-thamdinh");
        assertThatThrownBy(() -> as("thuky.hoachung", "thhoachung-thuky",
                () -> taskService().complete(task(pi).getId(), Map.of("outcome", "APPROVE"))))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("không thuộc nhóm được giao việc");
    }

    @Test
    void onlyACandidateOfTheStepAsTheTreeDerivesItCompletesIt() {
        submit("thhoachung", "LDTT");
        String taskId = task(pi).getId();
        // a group added to the task by hand does not make its members candidates
        taskService().addCandidateGroup(taskId, "tk-thamdinh");

        assertThatThrownBy(() -> as("noivu.tk", "tk-thamdinh", () -> taskService().complete(taskId, Map.of("outcome", "APPROVE"))))
                .isInstanceOf(AuthorizationException.class);
        as("noivu.tpcb", "tpcb-thamdinh", () -> taskService().complete(taskId, Map.of("outcome", "APPROVE")));
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("districtCouncil");
    }

    @Test
    void aTaskIsClaimedOnlyForOneselfAndCompletedOnlyByWhoClaimedIt() {
        submit("kbnn", "BK_T");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> as("bantdkt", "caobang-thamdinh", () -> taskService().claim(taskId, "thuky.kbnn")))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("cho chính mình");
        assertThat(task(pi).getAssignee()).isNull();

        as("admin", "camunda-admin", () -> taskService().claim(taskId, "bantdkt"));
        assertThat(task(pi).getAssignee()).isEqualTo("bantdkt");
        assertThatThrownBy(() -> as("bantdkt2", "caobang-thamdinh", () -> taskService().complete(taskId, Map.of("outcome", "APPROVE"))))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("đang do bantdkt xử lý");
        as("bantdkt", "caobang-thamdinh", () -> taskService().complete(taskId, Map.of("outcome", "APPROVE")));
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo("provinceCouncil");
    }

    @Test
    void aBpmnErrorOrEscalationOnATaskIsForAdministratorsOnly() {
        submit("thhoachung", "LDTT");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> as("noivu.tpcb", "tpcb-thamdinh", () -> taskService().handleBpmnError(taskId, "END")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> as("noivu.tpcb", "tpcb-thamdinh", () -> taskService().handleEscalation(taskId, "UP")))
                .isInstanceOf(AuthorizationException.class);
        assertThat(task(pi).getId()).isEqualTo(taskId);
    }

    @Test
    void peopleChangeTheirPasswordButNotTheNameDecisionsPrint() {
        User chairman = identity.newUser("chutichtest");
        chairman.setFirstName("Đàm Văn");
        chairman.setLastName("Đức");
        chairman.setPassword("demo");
        identity.saveUser(chairman);

        assertThatThrownBy(() -> as("chutichtest", "tpcb-chutich", () -> {
            User me = identity.createUserQuery().userId("chutichtest").singleResult();
            me.setLastName("Giả Mạo");
            identity.saveUser(me);
        })).isInstanceOf(AuthorizationException.class).hasMessageContaining("chỉ tự đổi được mật khẩu");
        assertThatThrownBy(() -> as("chutichtest", "tpcb-chutich", () -> identity.deleteUser("chutichtest")))
                .isInstanceOf(AuthorizationException.class);
        as("chutichtest", "tpcb-chutich", () -> {
            User me = identity.createUserQuery().userId("chutichtest").singleResult();
            me.setPassword("mat-khau-moi-2026");
            identity.saveUser(me);
        });

        assertThat(identity.createUserQuery().userId("chutichtest").singleResult().getLastName()).isEqualTo("Đức");
        assertThat(identity.checkPassword("chutichtest", "mat-khau-moi-2026")).isTrue();
        identity.deleteUser("chutichtest");
    }

    @Test
    void theEnginesMetricsAreForAdministrators() {
        assertThatThrownBy(() -> as("noivu.tpcb", "tpcb-thamdinh",
                () -> engine.getProcessEngine().getManagementService().createMetricsQuery().name("task-users").sum()))
                .isInstanceOf(AuthorizationException.class);
        assertThatCode(() -> as("admin", "camunda-admin",
                () -> engine.getProcessEngine().getManagementService().createMetricsQuery().name("task-users").sum()))
                .doesNotThrowAnyException();
    }

    /** Completing with the step's own valid fields plus any one name the processes use is refused, and nothing changes. */
    private void refusesEveryForeignName(Task task, Map<String, Object> valid) {
        Map<String, Object> before = runtimeService().getVariables(pi.getId());
        String group = candidateGroups(task).get(0);
        for (String name : ProcessVocabulary.names()) {
            if (valid.containsKey(name) || formKeys(task).contains(name)) {
                continue;
            }
            Map<String, Object> forged = new HashMap<>(valid);
            forged.put(name, "x");
            assertThatThrownBy(() -> as("nguoi.xet", group, () -> taskService().complete(task.getId(), forged)))
                    .as("%s with %s", task.getTaskDefinitionKey(), name)
                    .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("«" + name + "»");
        }
        assertThat(task(pi).getId()).isEqualTo(task.getId());
        assertThat(runtimeService().getVariables(pi.getId())).isEqualTo(before);
    }

    private static List<String> formKeys(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "districtCouncil", "provinceCouncil" -> List.of("membersTotal", "membersPresent", "votesText", "outcome",
                    "comment", "overrideReason");
            case "districtCheck", "provinceAppraisal", "districtChairman", "provinceChairman" -> List.of("outcome", "comment",
                    "overrideReason");
            default -> List.of("supplementResponse");
        };
    }

    private Map<String, Object> ballot() {
        String sheet = (String) runtimeService().getVariable(pi.getId(), "votesText");
        return Map.of("outcome", "APPROVE", "membersTotal", 15, "membersPresent", 15,
                "votesText", sheet.replace("(mã 1): ", "(mã 1): 15").replace("(mã 2): ", "(mã 2): 15"));
    }

    private void submit(String unitCode, String awardCode) {
        fixture.dossier(unitCode, awardCode);
        pi = runtimeService().startProcessInstanceByKey(NominationProcess.KEY, CODE, Map.of("dossierCode", CODE));
    }

    private void driveTo(String step) {
        while (!task(pi).getTaskDefinitionKey().equals(step)) {
            complete(task(pi), ReviewStep.ofTaskKey(task(pi).getTaskDefinitionKey()).council() ? ballot() : Map.of("outcome", "APPROVE"));
        }
    }

    /** Completes as a member of the task's (derived) candidate group. */
    private void complete(Task task, Map<String, Object> variables) {
        as("nguoi.xet", candidateGroups(task).get(0), () -> taskService().complete(task.getId(), variables));
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null).map(l -> l.getGroupId()).toList();
    }

    private void as(String userId, String group, Runnable work) {
        as(userId, group, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String userId, String group, Supplier<T> work) {
        identity.setAuthentication(userId, List.of(group));
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
