package vn.khenthuong.dossier;

import java.time.OffsetDateTime;

/** One line of a dossier list, before names and current steps are added. */
record DossierSummary(long id, String code, String unitCode, String awardCode, int periodYear, DossierStatus status,
        OffsetDateTime submittedAt, boolean reachedProvince, String processInstanceId, OffsetDateTime updatedAt,
        int nomineeCount) {
}
