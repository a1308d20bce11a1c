package vn.khenthuong.decision;

/**
 * Published, in the signing transaction, for each dossier a signed decision names: the nomination process
 * of the dossier listens and learns that some of its nominees are decided.
 */
public record DecisionSigned(String dossierCode, long decisionId, String decisionNumber) {
}
