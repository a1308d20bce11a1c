package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Chuyển hồ sơ lên tỉnh". */
@Component
class ForwardToProvince implements JavaDelegate {

    private final DossierLifecycle dossiers;

    ForwardToProvince(DossierLifecycle dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = dossiers.idOf(execution);
        dossiers.markReachedProvince(id);
    }
}
