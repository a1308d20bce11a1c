package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * Service task "Ghi sổ theo dõi khen thưởng": every approved nominee enters the award registry, so
 * that the consecutive-year and one-award-per-achievement checks of later dossiers see it. The
 * decision number is filled in when the decision is signed.
 */
@Component
class RecordApprovedAwards implements JavaDelegate {

    private final DossierLifecycle dossiers;
    private final DossierEntries entries;
    private final OrganisationService organisations;

    RecordApprovedAwards(DossierLifecycle dossiers, DossierEntries entries, OrganisationService organisations) {
        this.dossiers = dossiers;
        this.entries = entries;
        this.organisations = organisations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(execution);
        String decidedBy = "Chủ tịch UBND " + decidingBody(dossier, dossier.decidingLevel()).name();
        entries.recordApproved(dossier, decidedBy, false);
    }

    private Organisation decidingBody(Dossier dossier, String decidingLevel) {
        if (OrgLevel.DISTRICT.name().equals(decidingLevel)) {
            return organisations.districtOf(dossier.unitCode()).orElseThrow();
        }
        return organisations.provinceOf(dossier.unitCode());
    }
}
