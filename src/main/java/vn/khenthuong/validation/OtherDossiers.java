package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.award.NomineeKind;

/**
 * Nominations in other live dossiers: every status except DRAFT, WITHDRAWN, REJECTED and NOT_APPROVED,
 * counting nominees that were not struck.
 */
interface OtherDossiers {

    record Proposal(long dossierId, String dossierCode, boolean oneOff, LocalDate periodFrom, LocalDate periodTo) {
    }

    /** Live dossiers other than {@code exceptDossierId} proposing the subject for the award and year. */
    List<Proposal> proposing(NomineeKind kind, String subjectKey, String awardCode, int year, Long exceptDossierId);

    /** Nominees of the unit's live dossiers for the award and year, except those of one dossier. */
    int nominees(String unitCode, String awardCode, int year, Long exceptDossierId);
}
