package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.tracking.Escalations;

/** Service task "Báo quá hạn cho cấp giám sát", started by the overdue timer of a reviewing step. */
@Component
class EscalateOverdueTask implements JavaDelegate {

    private final Escalations escalations;
    private final StepLabels labels;
    private final DossierLifecycle dossiers;
    private final NominationRoute route;

    EscalateOverdueTask(Escalations escalations, StepLabels labels, DossierLifecycle dossiers, NominationRoute route) {
        this.escalations = escalations;
        this.labels = labels;
        this.dossiers = dossiers;
        this.route = route;
    }

    /** {@code overdueStep} is the service task's input parameter, a constant of the BPMN. */
    @Override
    public void execute(DelegateExecution execution) {
        ReviewStep step = ReviewStep.ofTaskKey((String) execution.getVariableLocal("overdueStep"));
        Dossier dossier = dossiers.get(execution);
        escalations.escalate(execution.getProcessInstanceId(), step.taskKey(), dossier.id(), dossier.code(),
                labels.of(step, dossier.unitCode()), route.supervisorOf(execution, step));
    }
}
