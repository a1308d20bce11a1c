package vn.khenthuong.dossier;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;

import vn.khenthuong.review.ProcessVariables;

/** The state changes the nomination process makes to a dossier, in the engine's transaction. */
@Service
public class DossierLifecycle {

    private final DossierRepository repository;

    DossierLifecycle(DossierRepository repository) {
        this.repository = repository;
    }

    public Dossier get(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không tìm thấy hồ sơ " + id));
    }

    /** The dossier a process instance (or one of its tasks) carries. */
    public Dossier get(VariableScope scope) {
        return get(dossierId(scope));
    }

    public static long dossierId(VariableScope scope) {
        return ((Number) scope.getVariable(ProcessVariables.DOSSIER_ID)).longValue();
    }

    public void markRouted(long id, String decidingLevel) {
        repository.markRouted(id, decidingLevel);
    }

    public void markReachedProvince(long id) {
        repository.markReachedProvince(id);
    }

    public void markReturned(long id, String comment, String returnedFrom) {
        repository.markReturned(id, comment, returnedFrom);
    }

    public void markResubmitted(long id) {
        repository.markResubmitted(id);
    }

    public void strikeNominee(long nomineeId, String reason, String step) {
        repository.strikeNominee(nomineeId, reason, step);
    }

    public void approve(long id) {
        repository.setActiveNomineesStatus(id, NomineeStatus.APPROVED);
        repository.updateStatus(id, DossierStatus.APPROVED, null, false);
    }

    public void forwardUpward(long id) {
        repository.setActiveNomineesStatus(id, NomineeStatus.APPROVED);
        repository.updateStatus(id, DossierStatus.FORWARDED, null, true);
    }

    public void reject(long id, String reason) {
        repository.updateStatus(id, DossierStatus.REJECTED, reason, true);
    }

    public void markNotApproved(long id) {
        repository.updateStatus(id, DossierStatus.NOT_APPROVED,
                "Không còn người được đề nghị sau khi Hội đồng biểu quyết", true);
    }

    public void withdraw(long id, String reason) {
        repository.updateStatus(id, DossierStatus.WITHDRAWN, reason, true);
    }
}
