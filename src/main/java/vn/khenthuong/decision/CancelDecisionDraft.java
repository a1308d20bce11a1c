package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.security.EngineUser;

/** Service task "Hủy dự thảo": the nominees it named wait for another decision. */
@Component
class CancelDecisionDraft implements JavaDelegate {

    private final DecisionReview review;
    private final EngineUser engineUser;

    CancelDecisionDraft(DecisionReview review, EngineUser engineUser) {
        this.review = review;
        this.engineUser = engineUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.cancel(DecisionRoute.decisionId(execution), engineUser.currentOrSystem());
    }
}
