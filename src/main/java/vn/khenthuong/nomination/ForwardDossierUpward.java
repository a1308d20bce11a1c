package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Trình khen thưởng cấp Nhà nước". */
@Component
class ForwardDossierUpward implements JavaDelegate {

    private final DossierLifecycle dossiers;

    ForwardDossierUpward(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.forwardUpward(id);
    }
}
