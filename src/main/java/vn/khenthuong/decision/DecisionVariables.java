package vn.khenthuong.decision;

/** Variables of the {@code decision} process. */
final class DecisionVariables {

    static final String DECISION_ID = "decisionId";
    static final String STAFF_GROUP = "staffGroup";
    static final String CHAIRMAN_GROUP = "chairmanGroup";
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
