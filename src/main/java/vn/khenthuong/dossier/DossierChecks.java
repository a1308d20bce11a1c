package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * The checks of a dossier against the law and the award registry, as the dossier feature asks for them
 * before submission; implemented by the validation rules, which depend on dossiers and not the reverse.
 */
public interface DossierChecks {

    /** Documents and data a dossier must have before it can be submitted at all. */
    List<Finding> completeness(Dossier dossier);

    /** The eligibility rules, judged at the date a decision would be taken. */
    List<Finding> eligibility(Dossier dossier, LocalDate decisionDate);

    /** Completeness and eligibility together. */
    List<Finding> all(Dossier dossier, LocalDate decisionDate);

    /** Keeps these findings as the dossier's current ones (those a reviewer overrode stay overridden). */
    void store(long dossierId, List<Finding> latest);

    /** The findings stored at the dossier's last check, with any override reviewers recorded. */
    List<StoredFinding> findings(long dossierId);
}
