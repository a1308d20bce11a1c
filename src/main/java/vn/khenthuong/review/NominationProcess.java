package vn.khenthuong.review;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import vn.khenthuong.calendar.VietnamTime;

/** What the rest of the application asks of the {@code nomination} process. */
@Service
public class NominationProcess {

    public static final String KEY = "nomination";
    public static final String WITHDRAW_MESSAGE = "DossierWithdrawn";
    public static final String DECISION_MESSAGE = "DecisionSigned";
    static final String SUPPLEMENT_TASK_PREFIX = "supplement";

    private final RuntimeService runtimeService;
    private final TaskService taskService;

    NominationProcess(RuntimeService runtimeService, TaskService taskService) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    /** Starts the process for a submitted dossier; the business key is the dossier's code. */
    public String start(String dossierCode, String submittedBy) {
        return runtimeService.startProcessInstanceByKey(KEY, dossierCode, Map.of(
                ProcessVariables.DOSSIER_CODE, dossierCode,
                ProcessVariables.SUBMITTED_BY, submittedBy)).getId();
    }

    public void withdraw(String dossierCode, String userId, String reason) {
        runtimeService.createMessageCorrelation(WITHDRAW_MESSAGE)
                .processInstanceBusinessKey(dossierCode)
                .setVariable(ProcessVariables.WITHDRAWN_BY, userId)
                .setVariable(ProcessVariables.WITHDRAW_REASON, reason)
                .correlate();
    }

    /** Tells a dossier's process that a decision naming some of its nominees was signed. */
    public void decisionSigned(String dossierCode, long decisionId, String decisionNumber) {
        runtimeService.createMessageCorrelation(DECISION_MESSAGE)
                .processInstanceBusinessKey(dossierCode)
                .setVariable(ProcessVariables.DECISION_ID, decisionId)
                .setVariable(ProcessVariables.DECISION_NUMBER, decisionNumber)
                .correlate();
    }

    /** Completes the unit's "Bổ sung hồ sơ" task: the dossier goes back to the step that returned it. */
    public boolean resubmit(String dossierCode, String userId, String response) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossierCode)
                .taskDefinitionKeyLike(SUPPLEMENT_TASK_PREFIX + "%").singleResult();
        if (task == null) {
            return false;
        }
        taskService.setAssignee(task.getId(), userId);
        taskService.complete(task.getId(), Map.of(ProcessVariables.SUPPLEMENT_RESPONSE, response == null ? "" : response));
        return true;
    }

    public List<CurrentStep> currentSteps(String dossierCode) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossierCode).orderByTaskCreateTime().asc()
                .list().stream().map(this::step).toList();
    }

    private CurrentStep step(Task task) {
        List<String> groups = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
        Date due = task.getDueDate();
        return new CurrentStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                task.getCreateTime().toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime(),
                due == null ? null : due.toInstant().atZone(VietnamTime.ZONE).toOffsetDateTime(),
                due != null && due.before(new Date()));
    }
}
