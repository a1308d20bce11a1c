package vn.khenthuong.nomination;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.validation.DossierValidation;

/** Task listener on completing "Bổ sung hồ sơ": the supplemented dossier must be complete again. */
@Component
class ResubmitDossier implements TaskListener {

    private final DossierLifecycle dossiers;
    private final DossierValidation validation;

    ResubmitDossier(DossierLifecycle dossiers, DossierValidation validation) {
        this.dossiers = dossiers;
        this.validation = validation;
    }

    @Override
    public void notify(DelegateTask task) {
        Dossier dossier = dossiers.get(task);
        List<Finding> errors = validation.completeness(dossier).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new ReviewRefusedException("Hồ sơ chưa đầy đủ, chưa trình lại được: "
                    + errors.stream().map(Finding::message).collect(Collectors.joining("; ")));
        }
        validation.store(dossier.id(), validation.all(dossier, VietnamTime.today()));
        dossiers.markResubmitted(dossier.id());
    }
}
