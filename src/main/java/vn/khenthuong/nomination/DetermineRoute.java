package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.routing.Route;
import vn.khenthuong.routing.RoutePlanner;

/**
 * Business rule task "Xác định tuyến trình": the level that decides the award (table award-routing) is
 * written on the dossier row, where the gateways read it; nothing goes into process variables.
 */
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
        dossiers.markRouted(dossier.id(), route.decidingLevel().name());
    }
}
