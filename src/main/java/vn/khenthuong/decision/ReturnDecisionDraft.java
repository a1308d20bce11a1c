package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.security.EngineUser;

/** Service task "Trả lại dự thảo": the chairman's comment goes to the staff with the draft. */
@Component
class ReturnDecisionDraft implements JavaDelegate {

    private final DecisionReview review;
    private final EngineUser engineUser;

    ReturnDecisionDraft(DecisionReview review, EngineUser engineUser) {
        this.review = review;
        this.engineUser = engineUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        review.returnToStaff(DecisionRoute.decisionId(execution),
                engineUser.currentOrSystem(), (String) execution.getVariable(DecisionVariables.COMMENT));
    }
}
