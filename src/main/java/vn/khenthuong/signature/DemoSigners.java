package vn.khenthuong.signature;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.OrganisationService;

/** In the demo profile every chairman gets a demo certificate on first start (the CA logs each one it issues). */
@Component
@Profile("demo")
class DemoSigners {

    private final SigningKeys keys;
    private final IdentityService identityService;
    private final OrganisationService organisations;

    DemoSigners(SigningKeys keys, IdentityService identityService, OrganisationService organisations) {
        this.keys = keys;
        this.identityService = identityService;
        this.organisations = organisations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void issue() {
        for (String group : organisations.groupsWith(OrgRole.CHAIRMAN)) {
            for (User user : identityService.createUserQuery().memberOfGroup(group).list()) {
                keys.of(user.getId());
            }
        }
    }
}
