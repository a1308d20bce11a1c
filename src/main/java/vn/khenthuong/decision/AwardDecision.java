package vn.khenthuong.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.khenthuong.award.NomineeKind;

/** A decision (or its draft) as stored: who issues it, for which award, to whom, and once signed its number. */
public record AwardDecision(
        long id,
        String issuingBody,
        String awardCode,
        String achievement,
        String proposalRef,
        DecisionStatus status,
        String returnComment,
        String processInstanceId,
        String createdBy,
        OffsetDateTime createdAt,
        Integer numberValue,
        String decisionNumber,
        LocalDate decisionDate,
        String signerUser,
        String signerName,
        String signerCapacity,
        OffsetDateTime signedAt,
        String pdfSha256,
        List<Recipient> recipients) {

    public AwardDecision {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** One person or collective named in the decision, with the dossier that proposed them. */
    public record Recipient(long nomineeId, long dossierId, String dossierCode, String unitCode, int positionNo,
            NomineeKind kind, String fullName, String jobTitle, String unitName, Long bonus) {
    }

    public List<Long> dossierIds() {
        return recipients.stream().map(Recipient::dossierId).distinct().toList();
    }

    public List<Long> nomineeIds() {
        return recipients.stream().map(Recipient::nomineeId).toList();
    }

    AwardDecision withRecipients(List<Recipient> list) {
        return new AwardDecision(id, issuingBody, awardCode, achievement, proposalRef, status, returnComment,
                processInstanceId, createdBy, createdAt, numberValue, decisionNumber, decisionDate, signerUser, signerName,
                signerCapacity, signedAt, pdfSha256, list);
    }
}
