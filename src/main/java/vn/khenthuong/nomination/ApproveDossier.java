package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Ghi nhận phê duyệt". */
@Component
class ApproveDossier implements JavaDelegate {

    private final DossierLifecycle dossiers;

    ApproveDossier(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.approve(id);
    }
}
