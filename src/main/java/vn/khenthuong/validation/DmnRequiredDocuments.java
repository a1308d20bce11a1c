package vn.khenthuong.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DocumentKind;

/**
 * The required attachments from the council-readable decision table {@code bpmn/required-documents.dmn},
 * evaluated by the engine so that a new version deployed by the province applies without a release.
 */
@Component
class DmnRequiredDocuments implements RequiredDocuments {

    static final String DECISION = "required-documents";

    private final DecisionService decisions;
    private final AuthorizationService authorizations;

    DmnRequiredDocuments(DecisionService decisions, AuthorizationService authorizations) {
        this.decisions = decisions;
        this.authorizations = authorizations;
    }

    @Override
    public Set<DocumentKind> of(String awardCode, boolean oneOff) {
        List<String> kinds = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                        .putValue("awardCode", awardCode).putValue("oneOff", oneOff))
                .collectEntries("documentKind");
        Set<DocumentKind> required = EnumSet.noneOf(DocumentKind.class);
        for (String kind : kinds) {
            try {
                required.add(DocumentKind.valueOf(kind));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("Bảng quyết định " + DECISION + " có loại tài liệu không hợp lệ: " + kind);
            }
        }
        return required;
    }

    /**
     * Validation runs on behalf of whoever acts on a dossier; when the engine knows that user it checks
     * CREATE_INSTANCE on the decision, so every user may evaluate this reference table.
     */
    @EventListener(ApplicationReadyEvent.class)
    void allowEveryoneToEvaluate() {
        long existing = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.DECISION_DEFINITION).resourceId(DECISION).count();
        if (existing == 0) {
            Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            auth.setUserId(Authorization.ANY);
            auth.setResource(Resources.DECISION_DEFINITION);
            auth.setResourceId(DECISION);
            auth.addPermission(Permissions.READ);
            auth.addPermission(Permissions.CREATE_INSTANCE);
            authorizations.saveAuthorization(auth);
        }
    }
}
