package vn.khenthuong.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Our decision tables (routing, required documents) are reference tables every user's actions
 * evaluate. When the engine knows the acting user it checks CREATE_INSTANCE on the decision, so every
 * user may read and evaluate them; only administrators deploy new versions.
 */
@Component
class DecisionTableAccess {

    private final AuthorizationService authorizations;

    DecisionTableAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void allowEveryoneToEvaluate() {
        long existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.DECISION_DEFINITION).resourceId(Authorization.ANY).count();
        if (existing == 0) {
            Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            auth.setUserId(Authorization.ANY);
            auth.setResource(Resources.DECISION_DEFINITION);
            auth.setResourceId(Authorization.ANY);
            auth.addPermission(Permissions.READ);
            auth.addPermission(Permissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(auth);
        }
    }
}
