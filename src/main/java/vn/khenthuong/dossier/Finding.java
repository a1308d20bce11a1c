package vn.khenthuong.dossier;

/** What a rule found: about one nominee ({@code nomineeId}) or the whole dossier ({@code null}). */
public record Finding(Long nomineeId, String ruleCode, Severity severity, String message) {

    public static Finding error(Long nomineeId, String ruleCode, String message) {
        return new Finding(nomineeId, ruleCode, Severity.ERROR, message);
    }

    public static Finding warning(Long nomineeId, String ruleCode, String message) {
        return new Finding(nomineeId, ruleCode, Severity.WARNING, message);
    }
}
