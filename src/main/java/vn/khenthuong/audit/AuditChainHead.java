package vn.khenthuong.audit;

final class AuditChainHead {

    /** The "previous hash" of the first record. */
    static final String GENESIS = "0".repeat(64);

    private AuditChainHead() {
    }
}
