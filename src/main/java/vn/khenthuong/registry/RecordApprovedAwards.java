package vn.khenthuong.registry;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.calendar.VietnamTime;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.EngineUser;

/**
 * Service task "Ghi sổ theo dõi khen thưởng": every approved nominee enters the award registry, so
 * that the consecutive-year and one-award-per-achievement checks of later dossiers see it. The
 * decision number is filled in when the decision is signed.
 */
@Component
class RecordApprovedAwards implements JavaDelegate {

    private final DossierLifecycle dossiers;
    private final AwardRegistry registry;
    private final OrganisationService organisations;
    private final EngineUser engineUser;
    private final AuditLog audit;

    RecordApprovedAwards(DossierLifecycle dossiers, AwardRegistry registry, OrganisationService organisations,
            EngineUser engineUser, AuditLog audit) {
        this.audit = audit;
        this.dossiers = dossiers;
        this.registry = registry;
        this.organisations = organisations;
        this.engineUser = engineUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(execution);
        String decidedBy = "Chủ tịch UBND " + decidingBody(dossier, dossier.decidingLevel()).name();
        for (Nominee n : dossier.nominees()) {
            if (n.status() == NomineeStatus.APPROVED) {
                long entryId = registry.record(new RegistryEntry(null,
                        n.isIndividual() ? SubjectKind.INDIVIDUAL : SubjectKind.COLLECTIVE,
                        n.isIndividual() ? n.cccd() : null, n.isIndividual() ? null : n.collectiveCode(),
                        n.fullName(), dossier.unitCode(), dossier.awardCode(), dossier.periodYear(), dossier.periodFrom(),
                        dossier.periodTo(), dossier.oneOff() ? MeritKind.ONE_OFF : MeritKind.MERIT, null,
                        VietnamTime.today(), decidedBy, RegistrySource.APPROVAL, dossier.id(), n.id(),
                        engineUser.currentOrSystem(), null));
                audit.recordForEngineUser("REGISTRY_ENTRY", dossier.id(), Map.of("entryId", entryId,
                        "nominee", n.fullName(), "award", dossier.awardCode(), "year", dossier.periodYear()));
            }
        }
    }

    private Organisation decidingBody(Dossier dossier, String decidingLevel) {
        if (OrgLevel.DISTRICT.name().equals(decidingLevel)) {
            return organisations.districtOf(dossier.unitCode()).orElseThrow();
        }
        return organisations.provinceOf(dossier.unitCode());
    }
}
