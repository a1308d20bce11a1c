package vn.khenthuong.nomination;

public enum ReviewOutcome {
    APPROVE, RETURN, REJECT
}
