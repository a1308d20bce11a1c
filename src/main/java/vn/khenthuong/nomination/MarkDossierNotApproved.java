package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Ghi nhận không còn người được đề nghị". */
@Component
class MarkDossierNotApproved implements JavaDelegate {

    private final DossierLifecycle dossiers;

    MarkDossierNotApproved(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.markNotApproved(id);
    }
}
