package vn.khenthuong.registry;

public enum SubjectKind {
    INDIVIDUAL,
    COLLECTIVE
}
