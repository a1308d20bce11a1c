package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Ghi nhận đã có quyết định": every approved nominee of the dossier has been decided. */
@Component
class MarkDossierDecided implements JavaDelegate {

    private final DossierLifecycle dossiers;

    MarkDossierDecided(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.markDecided(dossiers.idOf(execution));
    }
}
