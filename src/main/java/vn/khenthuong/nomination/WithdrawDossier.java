package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Ghi nhận rút hồ sơ". */
@Component
class WithdrawDossier implements JavaDelegate {

    private final DossierLifecycle dossiers;

    WithdrawDossier(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.withdraw(id, (String) execution.getVariable(ProcessVariables.WITHDRAW_REASON));
    }
}
