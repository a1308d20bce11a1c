package vn.khenthuong.decision;

enum Align {
    LEFT, CENTER, RIGHT,
    /** Both edges straight, except the last line of the paragraph. */
    JUSTIFY
}
