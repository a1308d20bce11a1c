package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * Who holds each step of a dossier and which way it goes, as the BPMN asks it
 * ({@code ${nominationRoute.districtReviewers(execution)}}, {@code ${nominationRoute.decidedAt(execution, 'DISTRICT')}}):
 * always derived again from the dossier row (found by the business key) and the organisation tree, never
 * from process variables, which anyone completing a task could otherwise set. The engine's task guard
 * evaluates the same expressions again when someone completes a task.
 */
@Component("nominationRoute")
public class NominationRoute {

    private final DossierLifecycle dossiers;
    private final OrganisationService organisations;

    NominationRoute(DossierLifecycle dossiers, OrganisationService organisations) {
        this.dossiers = dossiers;
        this.organisations = organisations;
    }

    public String unitSecretaries(DelegateExecution execution) {
        return organisations.groupFor(dossiers.get(execution).unitCode(), OrgRole.SECRETARY);
    }

    public String districtReviewers(DelegateExecution execution) {
        return group(execution, OrgLevel.DISTRICT, OrgRole.REVIEWER);
    }

    public String districtCouncil(DelegateExecution execution) {
        return group(execution, OrgLevel.DISTRICT, OrgRole.COUNCIL);
    }

    public String districtChairman(DelegateExecution execution) {
        return group(execution, OrgLevel.DISTRICT, OrgRole.CHAIRMAN);
    }

    public String provinceReviewers(DelegateExecution execution) {
        return group(execution, OrgLevel.PROVINCE, OrgRole.REVIEWER);
    }

    public String provinceCouncil(DelegateExecution execution) {
        return group(execution, OrgLevel.PROVINCE, OrgRole.COUNCIL);
    }

    public String provinceChairman(DelegateExecution execution) {
        return group(execution, OrgLevel.PROVINCE, OrgRole.CHAIRMAN);
    }

    /** Whether the unit has a district (or commune) above it; a provincial agency submits straight to the province. */
    public boolean passesDistrict(DelegateExecution execution) {
        return organisations.districtOf(dossiers.get(execution).unitCode()).isPresent();
    }

    /** Whether the level that decides the award, fixed when the route was determined, is {@code level}. */
    public boolean decidedAt(DelegateExecution execution, String level) {
        return level.equals(dossiers.get(execution).decidingLevel());
    }

    public long nomineesRemaining(DelegateExecution execution) {
        return dossiers.countNominees(dossiers.idOf(execution), NomineeStatus.ACTIVE);
    }

    public long nomineesAwaitingDecision(DelegateExecution execution) {
        return dossiers.countNominees(dossiers.idOf(execution), NomineeStatus.APPROVED);
    }

    /** The group told when {@code step} of this dossier is overdue. */
    public String supervisorOf(DelegateExecution execution, ReviewStep step) {
        return group(execution, step.supervisorLevel(), step.supervisorRole());
    }

    /** The group of {@code role} at the body of {@code level} above the dossier's unit. */
    String group(DelegateExecution execution, OrgLevel level, OrgRole role) {
        return organisations.groupFor(body(dossiers.get(execution), level).code(), role);
    }

    private Organisation body(Dossier dossier, OrgLevel level) {
        if (level == OrgLevel.DISTRICT) {
            return organisations.districtOf(dossier.unitCode()).orElseThrow(() -> new IllegalStateException(
                    "Đơn vị " + dossier.unitCode() + " không thuộc huyện (xã) nào"));
        }
        return organisations.provinceOf(dossier.unitCode());
    }
}
