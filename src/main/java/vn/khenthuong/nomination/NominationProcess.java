package vn.khenthuong.nomination;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import vn.khenthuong.decision.DecisionSigned;
import vn.khenthuong.dossier.CurrentStep;
import vn.khenthuong.dossier.ReviewProcess;
import vn.khenthuong.kernel.VietnamTime;

/** What the rest of the application asks of the {@code nomination} process. */
@Service
public class NominationProcess implements ReviewProcess {

    public static final String KEY = "nomination";
    public static final String WITHDRAW_MESSAGE = "DossierWithdrawn";
    public static final String DECISION_MESSAGE = "DecisionSigned";
    static final String SUPPLEMENT_TASK_PREFIX = "supplement";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ProcessDiagram diagram;

    NominationProcess(RuntimeService runtimeService, TaskService taskService, ProcessDiagram diagram) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.diagram = diagram;
    }

    /** Starts the process for a submitted dossier; the business key is the dossier's code. */
    @Override
    public String start(String dossierCode, String submittedBy) {
        return runtimeService.startProcessInstanceByKey(KEY, dossierCode, Map.of(
                ProcessVariables.DOSSIER_CODE, dossierCode,
                ProcessVariables.SUBMITTED_BY, submittedBy)).getId();
    }

    @Override
    public void withdraw(String dossierCode, String userId, String reason) {
        runtimeService.createMessageCorrelation(WITHDRAW_MESSAGE)
                .processInstanceBusinessKey(dossierCode)
                .setVariable(ProcessVariables.WITHDRAWN_BY, userId)
                .setVariable(ProcessVariables.WITHDRAW_REASON, reason)
                .correlate();
    }

    @EventListener
    void on(DecisionSigned signed) {
        decisionSigned(signed.dossierCode(), signed.decisionId(), signed.decisionNumber());
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
    @Override
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

    @Override
    public List<CurrentStep> currentSteps(String dossierCode) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossierCode).orderByTaskCreateTime().asc()
                .list().stream().map(this::step).toList();
    }

    @Override
    public String diagram(String processInstanceId) {
        return diagram.xml(processInstanceId);
    }

    @Override
    public Progress progress(String processInstanceId) {
        return diagram.progress(processInstanceId);
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
