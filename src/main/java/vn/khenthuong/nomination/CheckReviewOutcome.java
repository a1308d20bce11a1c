package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Task listener on completing a reviewing step: the outcome, its comment and any override are valid. */
@Component
class CheckReviewOutcome implements TaskListener {

    private final ReviewDecisions decisions;
    private final Actors actors;
    private final DossierLifecycle dossiers;

    CheckReviewOutcome(ReviewDecisions decisions, Actors actors, DossierLifecycle dossiers) {
        this.decisions = decisions;
        this.actors = actors;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.record(dossiers.idOf(task), ReviewStep.ofTaskKey(task.getTaskDefinitionKey()),
                (String) task.getVariable(ProcessVariables.OUTCOME), (String) task.getVariable(ProcessVariables.COMMENT),
                (String) task.getVariable(ProcessVariables.OVERRIDE_REASON), actors.of(task));
    }
}
