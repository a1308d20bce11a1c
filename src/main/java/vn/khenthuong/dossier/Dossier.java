package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A nomination dossier (hồ sơ đề nghị khen thưởng): one unit, one award, one achievement period. */
public record Dossier(
        Long id,
        String code,
        String unitCode,
        String awardCode,
        int periodYear,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean oneOff,
        String movement,
        String summary,
        DossierStatus status,
        String decidingLevel,
        boolean reachedProvince,
        String processInstanceId,
        String returnComment,
        String returnedFrom,
        String outcomeReason,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime closedAt,
        int version,
        List<Nominee> nominees,
        List<DocumentInfo> documents) {

    public List<Nominee> activeNominees() {
        return nominees.stream().filter(Nominee::isActive).toList();
    }

    public boolean hasDocument(DocumentKind kind) {
        return documents.stream().anyMatch(d -> d.kind() == kind);
    }
}
