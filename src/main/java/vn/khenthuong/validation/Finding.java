package vn.khenthuong.validation;

public record Finding(Long nomineeId, String ruleCode, Severity severity, String message) {
}
