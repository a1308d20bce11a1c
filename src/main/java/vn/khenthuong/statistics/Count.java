package vn.khenthuong.statistics;

/** A figure in the period and in the period before. */
record Count(long current, long previous) {

    static final Count ZERO = new Count(0, 0);
}
