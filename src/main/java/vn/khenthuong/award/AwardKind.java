package vn.khenthuong.award;

public enum AwardKind {
    /** Danh hiệu thi đua. */
    TITLE,
    /** Hình thức khen thưởng (Giấy khen, Bằng khen). */
    COMMENDATION,
    /** Decided outside the province: the province only forwards the nomination. */
    FORWARDED
}
