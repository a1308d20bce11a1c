package vn.khenthuong.validation;

/** One result of a validation rule; {@code nomineeId} is null when it concerns the whole dossier. */
public record Finding(Long nomineeId, String ruleCode, Severity severity, String message) {
}
