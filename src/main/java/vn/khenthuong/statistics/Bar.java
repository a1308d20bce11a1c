package vn.khenthuong.statistics;

/** One bar or point of a chart: what it shows, its value and the list behind it. */
record Bar(String label, long value, String link) {
}
