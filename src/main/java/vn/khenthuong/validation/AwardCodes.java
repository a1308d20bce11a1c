package vn.khenthuong.validation;

/** Codes of table {@code award} that rules have conditions for. */
final class AwardCodes {

    static final String LDTT = "LDTT";
    static final String CSTD_CS = "CSTD_CS";
    static final String TT_LDTT = "TT_LDTT";
    static final String CSTD_T = "CSTD_T";
    static final String TT_LDXS = "TT_LDXS";
    static final String BK_T = "BK_T";

    private AwardCodes() {
    }
}
