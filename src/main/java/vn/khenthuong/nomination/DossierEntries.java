package vn.khenthuong.nomination;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.EntryFacts;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.security.EngineUser;

/** Writes the approved nominees of a dossier into the registry, dated today, each with an audit event. */
@Component
class DossierEntries {

    private final AwardRegistry registry;
    private final EngineUser engineUser;
    private final AuditLog audit;

    DossierEntries(AwardRegistry registry, EngineUser engineUser, AuditLog audit) {
        this.registry = registry;
        this.engineUser = engineUser;
        this.audit = audit;
    }

    /** {@code decidedBy} is null for a proposal forwarded to the State, which decides outside the province. */
    void recordApproved(Dossier dossier, String decidedBy, boolean forwardedToState) {
        for (Nominee n : dossier.nominees()) {
            if (n.status() == NomineeStatus.APPROVED) {
                long entryId = registry.record(entry(dossier, n, decidedBy), facts(dossier, n, forwardedToState));
                audit.recordForEngineUser("REGISTRY_ENTRY", dossier.id(), Map.of("entryId", entryId,
                        "nominee", n.fullName(), "award", dossier.awardCode(), "year", dossier.periodYear()));
            }
        }
    }

    private static EntryFacts facts(Dossier dossier, Nominee nominee, boolean forwardedToState) {
        return new EntryFacts(!nominee.isIndividual() && nominee.smallCollective(),
                nominee.isIndividual() && nominee.directWorker(), forwardedToState, dossier.movement());
    }

    private RegistryEntry entry(Dossier dossier, Nominee n, String decidedBy) {
        return new RegistryEntry(null, n.isIndividual() ? SubjectKind.INDIVIDUAL : SubjectKind.COLLECTIVE,
                n.isIndividual() ? n.cccd() : null, n.isIndividual() ? null : n.collectiveCode(),
                n.fullName(), dossier.unitCode(), dossier.awardCode(), dossier.periodYear(), dossier.periodFrom(),
                dossier.periodTo(), dossier.oneOff() ? MeritKind.ONE_OFF : MeritKind.MERIT, null,
                VietnamTime.today(), decidedBy, RegistrySource.APPROVAL, dossier.id(), n.id(),
                engineUser.currentOrSystem(), null);
    }
}
