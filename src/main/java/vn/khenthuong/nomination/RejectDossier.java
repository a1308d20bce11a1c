package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Ghi nhận từ chối hồ sơ". */
@Component
class RejectDossier implements JavaDelegate {

    private final DossierLifecycle dossiers;

    RejectDossier(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.reject(id, (String) execution.getVariable(ProcessVariables.COMMENT));
    }
}
