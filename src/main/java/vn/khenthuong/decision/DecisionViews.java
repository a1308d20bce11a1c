package vn.khenthuong.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.organisation.OrganisationService;

/** What the API shows of a decision. */
@Component
class DecisionViews {

    record IncludedDossier(long id, String code) {
    }

    record DecisionView(long id, String issuingBody, String issuingBodyName, String awardCode, String awardName,
            String status, String statusLabel, String decisionNumber, LocalDate decisionDate, String signer,
            String signerCapacity, OffsetDateTime signedAt, String achievement, String proposalRef, String returnComment,
            String sha256, Long totalBonus, List<AwardDecision.Recipient> recipients, List<IncludedDossier> dossiers,
            String pdfUrl, String draftUrl) {
    }

    private final OrganisationService organisations;
    private final AwardCatalogue awards;

    DecisionViews(OrganisationService organisations, AwardCatalogue awards) {
        this.organisations = organisations;
        this.awards = awards;
    }

    DecisionView of(AwardDecision d) {
        boolean signed = d.status() == DecisionStatus.SIGNED;
        boolean draft = d.status() == DecisionStatus.IN_REVIEW || d.status() == DecisionStatus.RETURNED;
        Long total = signed ? d.recipients().stream().mapToLong(r -> r.bonus() == null ? 0 : r.bonus()).sum() : null;
        List<IncludedDossier> dossiers = d.recipients().stream().map(r -> new IncludedDossier(r.dossierId(), r.dossierCode()))
                .distinct().toList();
        return new DecisionView(d.id(), d.issuingBody(), organisations.get(d.issuingBody()).name(), d.awardCode(),
                awards.get(d.awardCode()).name(), d.status().name(), d.status().label(), d.decisionNumber(),
                d.decisionDate(), d.signerName(), d.signerCapacity(), d.signedAt(), d.achievement(), d.proposalRef(),
                d.returnComment(), d.pdfSha256(), total, d.recipients(), dossiers,
                signed ? "/api/decisions/" + d.id() + "/pdf" : null, draft ? "/api/decisions/" + d.id() + "/draft.pdf" : null);
    }
}
