package vn.khenthuong.decision;

/** Variables of the {@code decision} process: what its forms show and submit; {@code decisionId} only for display. */
final class DecisionVariables {

    static final String DECISION_ID = "decisionId";
    static final String SUMMARY = "decisionSummary";
    static final String OUTCOME = "decisionOutcome";
    static final String COMMENT = "decisionComment";
    static final String REVISION = "revisionOutcome";
    /** The wording of Điều 1, which the staff may edit in the revision form. */
    static final String ACHIEVEMENT = "achievement";
    static final String DECISION_NUMBER = "decisionNumber";

    private DecisionVariables() {
    }
}
