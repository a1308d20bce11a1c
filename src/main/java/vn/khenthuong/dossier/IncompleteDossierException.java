package vn.khenthuong.dossier;

import java.util.List;

/** The dossier cannot be submitted: completeness found errors. */
class IncompleteDossierException extends RuntimeException {

    private final transient List<Finding> findings;

    IncompleteDossierException(List<Finding> findings) {
        super("Hồ sơ chưa đầy đủ, chưa trình được");
        this.findings = List.copyOf(findings);
    }

    List<Finding> findings() {
        return findings;
    }
}
