package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.validation.DossierValidation;

/**
 * Business rule task "Kiểm tra tính đầy đủ của hồ sơ" (decision table required-documents). Submission
 * already refuses an incomplete dossier; this step records the result in the process history and flags a dossier started another way.
 */
@Component
class CheckDossierCompleteness implements JavaDelegate {

    private final DossierLifecycle dossiers;
    private final DossierValidation validation;

    CheckDossierCompleteness(DossierLifecycle dossiers, DossierValidation validation) {
        this.dossiers = dossiers;
        this.validation = validation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long errors = validation.completeness(dossiers.get(execution)).stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
        execution.setVariable("completenessErrors", errors);
    }
}
