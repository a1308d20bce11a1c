package vn.khenthuong.dossier;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import vn.khenthuong.audit.AuditLog;

/** The state changes the nomination process makes to a dossier, in the engine's transaction. */
@Service
public class DossierLifecycle {

    private final DossierRepository repository;
    private final AuditLog audit;

    DossierLifecycle(DossierRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    public Dossier get(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + id));
    }

    /**
     * The dossier a process instance (or one of its tasks) is about: the one whose code is the instance's
     * business key, which the application sets when it starts the process and nobody changes afterwards.
     * Never a variable, which a completion could set.
     */
    public Dossier get(VariableScope scope) {
        String code = businessKeyOf(scope);
        return repository.findByCode(code).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + code));
    }

    public long idOf(VariableScope scope) {
        String code = businessKeyOf(scope);
        return repository.idOf(code).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + code));
    }

    private static String businessKeyOf(VariableScope scope) {
        DelegateExecution execution = scope instanceof DelegateTask task ? task.getExecution() : (DelegateExecution) scope;
        return execution.getProcessBusinessKey();
    }

    public long countNominees(long id, NomineeStatus status) {
        return repository.countNominees(id, status);
    }

    public void markRouted(long id, String decidingLevel) {
        repository.markRouted(id, decidingLevel);
    }

    public void markReachedProvince(long id) {
        repository.markReachedProvince(id);
        audit.recordForEngineUser("REACHED_PROVINCE", id, Map.of());
    }

    public void markReturned(long id, String comment, String returnedFrom) {
        repository.markReturned(id, comment, returnedFrom);
        audit.recordForEngineUser("RETURNED", id, Map.of("step", returnedFrom, "comment", comment));
    }

    public void markResubmitted(long id) {
        repository.markResubmitted(id);
    }

    public void strikeNominee(long nomineeId, String reason, String step) {
        repository.strikeNominee(nomineeId, reason, step);
        audit.recordForEngineUser("NOMINEE_STRUCK", repository.dossierOfNominee(nomineeId),
                Map.of("nomineeId", nomineeId, "reason", reason, "step", step));
    }

    public void approve(long id) {
        repository.setActiveNomineesStatus(id, NomineeStatus.APPROVED);
        repository.updateStatus(id, DossierStatus.APPROVED, null, false);
        audit.recordForEngineUser("APPROVED", id, Map.of());
    }

    public void forwardUpward(long id) {
        repository.setActiveNomineesStatus(id, NomineeStatus.APPROVED);
        repository.updateStatus(id, DossierStatus.FORWARDED, null, true);
        audit.recordForEngineUser("FORWARDED_UPWARD", id, Map.of());
    }

    public void reject(long id, String reason) {
        repository.updateStatus(id, DossierStatus.REJECTED, reason, true);
        audit.recordForEngineUser("REJECTED", id, Map.of("reason", reason == null ? "" : reason));
    }

    public void markNotApproved(long id) {
        repository.updateStatus(id, DossierStatus.NOT_APPROVED,
                "Không còn người được đề nghị sau khi Hội đồng biểu quyết", true);
        audit.recordForEngineUser("NOT_APPROVED", id, Map.of());
    }

    public void withdraw(long id, String reason) {
        repository.updateStatus(id, DossierStatus.WITHDRAWN, reason, true);
        audit.recordForEngineUser("WITHDRAWN", id, Map.of("reason", reason == null ? "" : reason));
    }

    /** A signed decision names these nominees of the dossier: they are decided. */
    public void markNomineesDecided(long dossierId, List<Long> nomineeIds, long decisionId, String decisionNumber) {
        repository.markNomineesDecided(dossierId, nomineeIds);
        audit.recordForEngineUser("DECISION_SIGNED", dossierId, Map.of("decisionId", decisionId,
                "decisionNumber", decisionNumber, "nomineeIds", nomineeIds));
    }

    public void markDecided(long id) {
        repository.updateStatus(id, DossierStatus.DECIDED, null, true);
        audit.recordForEngineUser("DECIDED", id, Map.of());
    }
}
