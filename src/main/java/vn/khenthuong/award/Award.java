package vn.khenthuong.award;

/** An award of the catalogue (table {@code award}). */
public record Award(String code, String name, AwardKind kind, AwardTarget target) {
}
