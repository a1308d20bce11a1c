package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.Finding;

/** Completeness: the attachments the award requires (decision table {@code required-documents}). */
class RequiredDocumentsRule implements DossierRule {

    static final String CODE = "REQUIRED_DOCUMENTS";

    private final RequiredDocuments required;

    RequiredDocumentsRule(RequiredDocuments required) {
        this.required = required;
    }

    @Override
    public List<Finding> check(Dossier dossier, LocalDate decisionDate) {
        return required.of(dossier.awardCode(), dossier.oneOff()).stream().sorted()
                .filter(kind -> !dossier.hasDocument(kind))
                .map(kind -> Finding.error(null, CODE, "Hồ sơ thiếu tài liệu: " + kind.label()))
                .toList();
    }
}
