package vn.khenthuong.routing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;

/** Service task "Xác định tuyến trình". */
@Component
class DetermineRoute implements JavaDelegate {

    private final RoutePlanner planner;
    private final DossierLifecycle dossiers;

    DetermineRoute(RoutePlanner planner, DossierLifecycle dossiers) {
        this.planner = planner;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(execution);
        Route route = planner.plan(dossier.unitCode(), dossier.awardCode());
        execution.setVariables(route.asVariables());
        dossiers.markRouted(dossier.id(), route.decidingLevel().name());
    }
}
