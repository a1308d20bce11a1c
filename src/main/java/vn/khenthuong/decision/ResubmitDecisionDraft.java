package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task "Trình lại dự thảo": the revised draft goes back to the chairman. */
@Component
class ResubmitDecisionDraft implements JavaDelegate {

    private final DecisionReview review;

    ResubmitDecisionDraft(DecisionReview review) {
        this.review = review;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.resubmit(DecisionRoute.decisionId(execution),
                (String) execution.getVariable(DecisionVariables.ACHIEVEMENT));
    }
}
