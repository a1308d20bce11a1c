package vn.khenthuong.validation;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
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

    DmnRequiredDocuments(DecisionService decisions) {
        this.decisions = decisions;
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
}
