package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.routing.AwardRouting;

/**
 * A dossier must have a path to the level that decides its award: a provincial agency has no district
 * above it, so the awards a district chairman decides are decided by the agency's own head instead.
 */
class RouteRule implements DossierRule {

    private final OrganisationService organisations;
    private final AwardRouting routing;
    private final AwardCatalogue awards;

    RouteRule(OrganisationService organisations, AwardRouting routing, AwardCatalogue awards) {
        this.organisations = organisations;
        this.routing = routing;
        this.awards = awards;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        if (routing.decidingLevel(dossier.awardCode()) == OrgLevel.DISTRICT
                && organisations.districtOf(dossier.unitCode()).isEmpty()) {
            return List.of(new Finding(null, "ROUTE", Severity.ERROR, "Danh hiệu \""
                    + awards.get(dossier.awardCode()).name() + "\" của "
                    + organisations.get(dossier.unitCode()).name()
                    + " do thủ trưởng cơ quan quyết định, không trình Chủ tịch UBND cấp huyện hay tỉnh"));
        }
        return List.of();
    }
}
