package vn.khenthuong.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One line of the award registry (sổ theo dõi khen thưởng, table {@code registry_entry}): what a
 * person (by CCCD) or a collective (by its code) received for which year. {@code id} and
 * {@code createdAt} are set when it is recorded.
 */
public record RegistryEntry(
        Long id,
        SubjectKind subjectKind,
        String cccd,
        String collectiveCode,
        String fullName,
        String unitCode,
        String awardCode,
        int awardYear,
        LocalDate periodFrom,
        LocalDate periodTo,
        MeritKind meritKind,
        String decisionNumber,
        LocalDate decisionDate,
        String decidedBy,
        RegistrySource source,
        Long dossierId,
        Long nomineeId,
        String createdBy,
        OffsetDateTime createdAt) {

    /** CCCD of a person, code of a collective. */
    public String subjectKey() {
        return subjectKind == SubjectKind.COLLECTIVE ? collectiveCode : cccd;
    }

    @JsonIgnore
    public boolean isMerit() {
        return meritKind == MeritKind.MERIT;
    }
}
