package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.workflow.TaskCard;

/** When the draft reaches the chairman or comes back to the staff: the summary and a fresh choice. */
@Component
class PresentDecisionDraft implements TaskListener {

    private final DecisionReview review;

    PresentDecisionDraft(DecisionReview review) {
        this.review = review;
    }

    @Override
    public void notify(DelegateTask task) {
        long id = DecisionRoute.decisionId(task);
        AwardDecision draft = review.get(id);
        task.setVariable(DecisionVariables.SUMMARY, review.summary(draft));
        task.setVariable(DecisionVariables.ACHIEVEMENT, draft.achievement());
        TaskCard.show(task, review.cardLine(draft), review.issuingBodyName(draft));
        task.setVariable(DecisionVariables.SIGNING_QUESTION, review.signingQuestion(draft));
        task.removeVariable(DecisionVariables.SIGNING_CONFIRMED);
        task.removeVariable(DecisionVariables.OUTCOME);
        task.removeVariable(DecisionVariables.COMMENT);
        task.removeVariable(DecisionVariables.REVISION);
    }
}
