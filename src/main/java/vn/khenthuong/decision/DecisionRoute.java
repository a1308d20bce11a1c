package vn.khenthuong.decision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.OrganisationService;

/**
 * Who holds the steps of a draft decision, as the BPMN asks it ({@code ${decisionRoute.chairmen(execution)}}):
 * derived from the decision row (found by the business key {@code QD-<id>}) and the issuing body, never
 * from process variables.
 */
@Component("decisionRoute")
public class DecisionRoute {

    static final String BUSINESS_KEY_PREFIX = "QD-";

    private final DecisionRepository repository;
    private final OrganisationService organisations;

    DecisionRoute(DecisionRepository repository, OrganisationService organisations) {
        this.repository = repository;
        this.organisations = organisations;
    }

    /** The chairman (and vice-chairmen) of the body that issues the decision. */
    public String chairmen(DelegateExecution execution) {
        return organisations.groupFor(issuingBody(execution), OrgRole.CHAIRMAN);
    }

    /** The body's staff who drafted it: Phòng Nội vụ, or Ban Thi đua - Khen thưởng. */
    public String staff(DelegateExecution execution) {
        return organisations.groupFor(issuingBody(execution), OrgRole.REVIEWER);
    }

    static String businessKey(long decisionId) {
        return BUSINESS_KEY_PREFIX + decisionId;
    }

    static long decisionId(VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
        return Long.parseLong(execution.getProcessBusinessKey().substring(BUSINESS_KEY_PREFIX.length()));
    }

    private String issuingBody(DelegateExecution execution) {
        long id = decisionId(execution);
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không tìm thấy quyết định " + id))
                .issuingBody();
    }
}
