package vn.khenthuong.dossier;

import java.time.OffsetDateTime;

public record DocumentInfo(Long id, DocumentKind kind, String fileName, String contentType, long sizeBytes,
        String sha256, String uploadedBy, OffsetDateTime uploadedAt) {
}
