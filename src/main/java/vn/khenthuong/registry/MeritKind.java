package vn.khenthuong.registry;

/** What an award rewarded; only MERIT awards count toward consecutive-year conditions. */
public enum MeritKind {
    /** Thường xuyên: the results of a year or period. */
    MERIT,
    /** Đột xuất. */
    ONE_OFF,
    /** Chuyên đề: a movement or campaign. */
    THEMATIC
}
