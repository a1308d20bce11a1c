package vn.khenthuong.nomination;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.dossier.StoredFinding;
import vn.khenthuong.validation.DossierValidation;
import vn.khenthuong.workflow.TaskCard;

/**
 * Task listener on creating every human step: puts the dossier, its findings and (for a council) an
 * empty ballot sheet into the variables its form shows — after a return, first what the unit answered and
 * added since —, the dossier's code, unit, award and number of nominees where the task list shows them,
 * and clears the previous step's outcome.
 */
@Component
class PresentDossier implements TaskListener {

    private final DossierLifecycle dossiers;
    private final DossierValidation validation;
    private final DossierPresentation presentation;
    private final AwardCatalogue awards;
    private final AuditLog audit;

    PresentDossier(DossierLifecycle dossiers, DossierValidation validation, DossierPresentation presentation,
            AwardCatalogue awards, AuditLog audit) {
        this.dossiers = dossiers;
        this.validation = validation;
        this.presentation = presentation;
        this.awards = awards;
        this.audit = audit;
    }

    @Override
    public void notify(DelegateTask task) {
        Dossier dossier = dossiers.get(task);
        DelegateExecution execution = task.getExecution();
        String awardName = awards.get(dossier.awardCode()).name();
        TaskCard.show(task, presentation.dossierLine(dossier, awardName), presentation.unitName(dossier));
        task.setDescription(presentation.dossierLine(dossier, awardName) + " · " + presentation.unitName(dossier));
        String page = "trên [trang hồ sơ](/ho-so/" + dossier.id() + ")";
        boolean reviewing = !task.getTaskDefinitionKey().startsWith(NominationProcess.SUPPLEMENT_TASK_PREFIX);
        Optional<Resubmission> resubmission = reviewing ? Resubmission.lastOf(audit.ofDossier(dossier.id())) : Optional.empty();
        execution.setVariable(ProcessVariables.DOSSIER_SUMMARY,
                TasklistText.fit(presentation.summary(dossier, awardName, resubmission), page));
        List<StoredFinding> findings = validation.findings(dossier.id());
        execution.setVariable(ProcessVariables.FINDINGS_SUMMARY,
                TasklistText.fit(presentation.findings(findings, dossier.nominees()), page));
        execution.setVariable(ProcessVariables.HAS_OPEN_ERRORS, findings.stream()
                .anyMatch(f -> f.severity() == Severity.ERROR && f.overriddenBy() == null));
        if (reviewing) {
            execution.removeVariable(ProcessVariables.OUTCOME);
            execution.removeVariable(ProcessVariables.COMMENT);
            execution.removeVariable(ProcessVariables.OVERRIDE_REASON);
        }
        if (reviewing && ReviewStep.ofTaskKey(task.getTaskDefinitionKey()).council()) {
            execution.removeVariable(ProcessVariables.MEMBERS_TOTAL);
            execution.removeVariable(ProcessVariables.MEMBERS_PRESENT);
            execution.setVariable(ProcessVariables.VOTES_TEXT, BallotSheet.blank(dossier.activeNominees()));
        }
    }
}
