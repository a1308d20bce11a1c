package vn.khenthuong.award;

public enum AwardKind {
    TITLE, COMMENDATION, FORWARDED
}
