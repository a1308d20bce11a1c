package vn.khenthuong.audit;

/** The result of re-computing the audit chain: intact, or the first broken record and why. */
public record ChainCheck(boolean intact, long recordsChecked, Long firstBrokenId, String message) {

    static ChainCheck intact(long checked) {
        return new ChainCheck(true, checked, null, "Nhật ký toàn vẹn: " + checked + " bản ghi khớp chuỗi băm");
    }

    static ChainCheck broken(long checked, long id, String message) {
        return new ChainCheck(false, checked, id, message);
    }
}
