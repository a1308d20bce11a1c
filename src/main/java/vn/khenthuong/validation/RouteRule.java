package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.routing.RoutePlanner;

/** A dossier must have a path to the level that decides its award ({@link RoutePlanner#hasPath}). */
class RouteRule implements DossierRule {

    private final OrganisationService organisations;
    private final RoutePlanner routes;
    private final AwardCatalogue awards;

    RouteRule(OrganisationService organisations, RoutePlanner routes, AwardCatalogue awards) {
        this.organisations = organisations;
        this.routes = routes;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        if (!routes.hasPath(dossier.unitCode(), dossier.awardCode())) {
            return List.of(new Finding(null, "ROUTE", Severity.ERROR, "Danh hiệu \""
                    + awards.get(dossier.awardCode()).name() + "\" của "
                    + organisations.get(dossier.unitCode()).name()
                    + " do thủ trưởng cơ quan quyết định, không trình Chủ tịch UBND cấp huyện hay tỉnh"));
        }
        return List.of();
    }
}
