package vn.khenthuong.routing;

import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** Derives a dossier's route from the organisation tree and the award routing table. */
@Service
public class RoutePlanner {

    private final OrganisationService organisations;
    private final AwardRouting awardRouting;

    public RoutePlanner(OrganisationService organisations, AwardRouting awardRouting) {
        this.organisations = organisations;
        this.awardRouting = awardRouting;
    }

    /**
     * Whether the unit has a path to the level that decides the award: a provincial agency has no
     * district above it, so the awards a district chairman decides are its own head's to give.
     */
    public boolean hasPath(String unitCode, String awardCode) {
        return awardRouting.decidingLevel(awardCode) != OrgLevel.DISTRICT || organisations.districtOf(unitCode).isPresent();
    }

    public Route plan(String unitCode, String awardCode) {
        OrgLevel decidingLevel = awardRouting.decidingLevel(awardCode);
        Optional<Organisation> district = organisations.districtOf(unitCode);
        Organisation province = organisations.provinceOf(unitCode);
        return new Route(decidingLevel, district.map(Organisation::code).orElse(null), province.code());
    }
}
