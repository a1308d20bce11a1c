package vn.khenthuong.review;

public enum ReviewOutcome {
    APPROVE, RETURN, REJECT
}
