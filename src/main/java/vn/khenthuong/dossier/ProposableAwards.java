package vn.khenthuong.dossier;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.routing.RoutePlanner;

/** The awards of the catalogue a unit may propose: those it has a path to (see {@link RoutePlanner#hasPath}). */
@Component
class ProposableAwards {

    private final AwardCatalogue catalogue;
    private final RoutePlanner routes;

    ProposableAwards(AwardCatalogue catalogue, RoutePlanner routes) {
        this.catalogue = catalogue;
        this.routes = routes;
    }

    List<Award> of(String unitCode) {
        return catalogue.all().stream().filter(a -> routes.hasPath(unitCode, a.code())).toList();
    }
}
