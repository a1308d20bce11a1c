package vn.khenthuong.award;

public record Award(String code, String name, AwardKind kind, AwardTarget target) {
}
