package vn.khenthuong.dossier;

public enum Severity {
    /** Blocks the dossier until corrected or overridden with a reason. */
    ERROR,
    /** Shown to the reviewer; does not block. */
    WARNING
}
