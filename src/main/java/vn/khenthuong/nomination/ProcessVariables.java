package vn.khenthuong.nomination;

/**
 * Names of the variables of the {@code nomination} process: what the forms show and the fields they
 * submit. Nothing here decides who acts or where the dossier goes (see {@link NominationRoute}).
 */
public final class ProcessVariables {

    public static final String DOSSIER_CODE = "dossierCode";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String WITHDRAWN_BY = "withdrawnBy";
    public static final String WITHDRAW_REASON = "withdrawReason";
    public static final String SUPPLEMENT_RESPONSE = "supplementResponse";
    public static final String OUTCOME = "outcome";
    public static final String COMMENT = "comment";
    public static final String OVERRIDE_REASON = "overrideReason";
    public static final String VOTES_TEXT = "votesText";
    public static final String MEMBERS_TOTAL = "membersTotal";
    public static final String MEMBERS_PRESENT = "membersPresent";
    public static final String DOSSIER_SUMMARY = "dossierSummary";
    public static final String FINDINGS_SUMMARY = "findingsSummary";
    /** Whether the checks left an ERROR nobody has accepted: the form asks for a reason to pass it only then. */
    public static final String HAS_OPEN_ERRORS = "hasOpenErrors";
    public static final String DECISION_ID = "decisionId";
    public static final String DECISION_NUMBER = "decisionNumber";

    private ProcessVariables() {
    }
}
