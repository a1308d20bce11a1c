package vn.khenthuong.decision;

/** Variables of the {@code decision} process: what its forms show and submit; {@code decisionId} only for display. */
final class DecisionVariables {

    static final String DECISION_ID = "decisionId";
    static final String SUMMARY = "decisionSummary";
    static final String OUTCOME = "decisionOutcome";
    /** "Ký ban hành quyết định tặng … cho N cá nhân?", and the chairman's tick under it (Tasklist asks for it). */
    static final String SIGNING_QUESTION = "signingQuestion";
    static final String SIGNING_CONFIRMED = "signingConfirmed";
    static final String COMMENT = "decisionComment";
    static final String REVISION = "revisionOutcome";
    /** The wording of Điều 1, which the staff may edit in the revision form. */
    static final String ACHIEVEMENT = "achievement";
    static final String DECISION_NUMBER = "decisionNumber";

    private DecisionVariables() {
    }
}
