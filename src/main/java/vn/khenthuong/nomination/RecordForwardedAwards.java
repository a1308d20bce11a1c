package vn.khenthuong.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.khenthuong.dossier.DossierLifecycle;

/**
 * Service task "Ghi sổ đề nghị cấp Nhà nước": the nominees the province forwards to the State enter the
 * registry marked as forwarded, dated the day they were forwarded, with no decision until the State's
 * is known; the statistics count them as forwarded, not as awards made.
 */
@Component
class RecordForwardedAwards implements JavaDelegate {

    private final DossierLifecycle dossiers;
    private final DossierEntries entries;

    RecordForwardedAwards(DossierLifecycle dossiers, DossierEntries entries) {
        this.dossiers = dossiers;
        this.entries = entries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        entries.recordApproved(dossiers.get(execution), null, true);
    }
}
