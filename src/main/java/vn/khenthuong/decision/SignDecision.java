package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.khenthuong.security.EngineUser;

/** Service task "Cấp số, ký số và ban hành quyết định", run as the chairman completes "Ký". */
@Component
class SignDecision implements JavaDelegate {

    private final DecisionSigning signing;
    private final EngineUser engineUser;
    private final Timer signingTime;

    SignDecision(DecisionSigning signing, EngineUser engineUser, MeterRegistry meters) {
        this.signing = signing;
        this.engineUser = engineUser;
        this.signingTime = Timer.builder("khenthuong.decision.signing")
                .description("Cấp số, soạn, ký số và ghi sổ một quyết định").register(meters);
    }

    @Override
    public void execute(DelegateExecution execution) {
        long decisionId = DecisionRoute.decisionId(execution);
        String chairman = engineUser.current().orElseThrow(
                () -> new IllegalStateException("Quyết định chỉ được ký bởi người đã đăng nhập"));
        AwardDecision signed = signingTime.record(() -> engineUser.asSystem(() -> signing.sign(decisionId, chairman)));
        execution.setVariable(DecisionVariables.DECISION_NUMBER, signed.decisionNumber());
    }
}
