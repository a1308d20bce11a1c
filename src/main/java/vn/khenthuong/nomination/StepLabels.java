package vn.khenthuong.nomination;

import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * A step as people name it for one dossier, with the body that holds it: "Hội đồng Thi đua - Khen
 * thưởng Thành phố Cao Bằng", or "… Xã Phú Lương" in a province without districts.
 */
@Component
public class StepLabels {

    private final OrganisationService organisations;

    StepLabels(OrganisationService organisations) {
        this.organisations = organisations;
    }

    public String of(ReviewStep step, String unitCode) {
        Organisation body = step.level() == OrgLevel.DISTRICT
                ? organisations.districtOf(unitCode).orElseThrow()
                : organisations.provinceOf(unitCode);
        return switch (step) {
            case DISTRICT_CHECK, PROVINCE_APPRAISAL -> OrgRole.REVIEWER.titleAt(body) + " " + body.name() + " thẩm định";
            case DISTRICT_COUNCIL, PROVINCE_COUNCIL -> OrgRole.COUNCIL.titleAt(body) + " " + body.name();
            case DISTRICT_CHAIRMAN, PROVINCE_CHAIRMAN -> OrgRole.CHAIRMAN.titleAt(body) + " " + body.name();
        };
    }
}
