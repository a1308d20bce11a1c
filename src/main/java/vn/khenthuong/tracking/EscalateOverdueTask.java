package vn.khenthuong.tracking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.review.ProcessVariables;
import vn.khenthuong.review.ReviewStep;
import vn.khenthuong.review.StepLabels;

/** Service task "Báo quá hạn cho cấp giám sát", started by the overdue timer of a reviewing step. */
@Component
class EscalateOverdueTask implements JavaDelegate {

    private final Escalations escalations;
    private final StepLabels labels;
    private final DossierLifecycle dossiers;

    EscalateOverdueTask(Escalations escalations, StepLabels labels, DossierLifecycle dossiers) {
        this.escalations = escalations;
        this.labels = labels;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReviewStep step = ReviewStep.ofTaskKey((String) execution.getVariable("overdueStep"));
        String supervisor = (String) execution.getVariable(step.supervisorGroupVariable());
        escalations.escalate(execution.getProcessInstanceId(), step.taskKey(), DossierLifecycle.dossierId(execution),
                (String) execution.getVariable(ProcessVariables.DOSSIER_CODE),
                labels.of(step, dossiers.get(execution).unitCode()), supervisor);
    }
}
