package vn.khenthuong.dossier;

import java.time.LocalDate;

import vn.khenthuong.award.NomineeKind;

/**
 * A person or collective proposed in a dossier. Individual fields (cccd, birthDate, jobTitle,
 * directWorker, monthsOfService, underDiscipline) and collective fields (collectiveCode,
 * smallCollective, memberCount, ldttCount, cstdcsCount, disciplinedCount) apply to their kind.
 */
public record Nominee(
        Long id,
        int positionNo,
        NomineeKind kind,
        String fullName,
        String cccd,
        LocalDate birthDate,
        String jobTitle,
        boolean directWorker,
        String collectiveCode,
        boolean smallCollective,
        Integer memberCount,
        Integer ldttCount,
        Integer cstdcsCount,
        Integer disciplinedCount,
        DutyRating dutyRating,
        Integer excellentYears,
        Integer initiativeCount,
        Integer monthsOfService,
        boolean underDiscipline,
        String achievement,
        NomineeStatus status,
        String struckReason) {

    public boolean isIndividual() {
        return kind == NomineeKind.INDIVIDUAL;
    }

    public boolean isActive() {
        return status == NomineeStatus.ACTIVE;
    }

    /** The registry key of the nominee: CCCD for a person, unit code for a collective. */
    public String subjectKey() {
        return isIndividual() ? cccd : collectiveCode;
    }
}
