package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.khenthuong.dossier.Dossier;

/** PLACEHOLDER (replaced at merge by the rules branch). */
@Service
public class DossierValidation {

    public List<Finding> completeness(Dossier d) {
        return d.nominees().isEmpty() ? List.of(new Finding(null, "NOMINEES", Severity.ERROR, "Hồ sơ chưa có người được đề nghị"))
                : List.of();
    }

    public List<Finding> eligibility(Dossier d, LocalDate decisionDate) {
        return List.of();
    }

    public List<Finding> all(Dossier d, LocalDate decisionDate) {
        List<Finding> all = new ArrayList<>(completeness(d));
        all.addAll(eligibility(d, decisionDate));
        return all;
    }

    public void store(long dossierId, List<Finding> findings) {
    }

    public List<StoredFinding> findings(long dossierId) {
        return List.of();
    }

    public boolean hasBlockingErrors(long dossierId) {
        return false;
    }

    public void overrideErrors(long dossierId, String userId, String reason) {
    }
}
