package vn.khenthuong.pdf;

public enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges straight, except the last line of the paragraph. */
    JUSTIFY
}
