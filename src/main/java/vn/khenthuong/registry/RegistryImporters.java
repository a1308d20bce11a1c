package vn.khenthuong.registry;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.AccessRule;
import vn.khenthuong.security.CurrentUser;

/** Ban Thi đua - Khen thưởng of the province (its staff) and admins import the registry of earlier years. */
@Component
class RegistryImporters implements AccessRule {

    private final OrganisationService organisations;

    RegistryImporters(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public void check(CurrentUser user, Map<String, String> pathVariables) {
        boolean provincialStaff = user.orgCodesWith(OrgRole.REVIEWER).stream()
                .anyMatch(code -> organisations.find(code).map(o -> o.level() == OrgLevel.PROVINCE).orElse(false));
        if (!user.admin() && !provincialStaff) {
            throw Refusal.forbidden();
        }
    }
}
