package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.validation.DossierValidation;

/**
 * Service task "Kiểm tra điều kiện khen thưởng": checks the nominees against the law and the award
 * registry under the rules in force today (the expected decision date) and stores the findings.
 */
@Component
class CheckEligibility implements JavaDelegate {

    private final DossierLifecycle dossiers;
    private final DossierValidation validation;

    CheckEligibility(DossierLifecycle dossiers, DossierValidation validation) {
        this.dossiers = dossiers;
        this.validation = validation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.get(execution);
        validation.store(dossier.id(), validation.all(dossier, VietnamTime.today()));
        execution.setVariable("eligibilityErrors", validation.hasBlockingErrors(dossier.id()));
    }
}
