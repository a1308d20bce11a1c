package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.award.NomineeKind;

/**
 * A person or collective proposed in a dossier. Individual fields (cccd, birthDate, jobTitle,
 * directWorker, monthsOfService, underDiscipline) and collective fields (collectiveCode,
 * smallCollective, memberCount, ldttCount, cstdcsCount, disciplinedCount) apply to their kind.
 * {@code initiatives} are the recognised initiatives of a person (none for a collective);
 * {@code initiativeCount} is their number, or for a nominee entered before initiatives were listed, the
 * number the unit declared.
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
        String struckReason,
        List<Initiative> initiatives) {

    public Nominee {
        initiatives = initiatives == null ? List.of() : List.copyOf(initiatives);
    }

    public boolean isIndividual() {
        return kind == NomineeKind.INDIVIDUAL;
    }

    public boolean isActive() {
        return status == NomineeStatus.ACTIVE;
    }

    /** How many recognised initiatives the nominee has: those listed, or else the number declared. */
    public int recognisedInitiatives() {
        if (!initiatives.isEmpty()) {
            return initiatives.size();
        }
        return initiativeCount == null ? 0 : initiativeCount;
    }

    /** The registry key of the nominee: CCCD for a person, unit code for a collective. */
    public String subjectKey() {
        return isIndividual() ? cccd : collectiveCode;
    }
}
