package vn.khenthuong.dossier;

import java.util.List;

/**
 * What the dossier feature asks of the process that reviews a submitted dossier: start it, withdraw
 * from it, resubmit a returned dossier, and tell where the dossier stands. The nomination process
 * implements it, so that dossiers do not depend on the process that depends on them.
 */
public interface ReviewProcess {

    /** Starts the review of a submitted dossier; returns the process instance id. */
    String start(String dossierCode, String submittedBy);

    void withdraw(String dossierCode, String userId, String reason);

    /** Completes the unit's supplement step; false when the dossier waits for none. */
    boolean resubmit(String dossierCode, String userId, String response);

    List<CurrentStep> currentSteps(String dossierCode);

    /** The BPMN XML the instance runs, or of the latest version before submission. */
    String diagram(String processInstanceId);

    /** Activity ids of that BPMN passed (and not open again) and open now. */
    Progress progress(String processInstanceId);

    record Progress(List<String> passed, List<String> current) {
    }
}
