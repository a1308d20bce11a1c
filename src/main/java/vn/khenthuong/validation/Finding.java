package vn.khenthuong.validation;

/** What a rule found: about one nominee ({@code nomineeId}) or the whole dossier ({@code null}). */
public record Finding(Long nomineeId, String ruleCode, Severity severity, String message) {

    static Finding error(Long nomineeId, String ruleCode, String message) {
        return new Finding(nomineeId, ruleCode, Severity.ERROR, message);
    }

    static Finding warning(Long nomineeId, String ruleCode, String message) {
        return new Finding(nomineeId, ruleCode, Severity.WARNING, message);
    }
}
