package vn.khenthuong.decision;

public enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges straight, except the last line of the paragraph. */
    JUSTIFY
}
