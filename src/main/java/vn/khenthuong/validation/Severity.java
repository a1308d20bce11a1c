package vn.khenthuong.validation;

public enum Severity {
    ERROR, WARNING
}
