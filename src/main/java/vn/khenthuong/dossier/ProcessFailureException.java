package vn.khenthuong.dossier;

/** The nomination process refused or failed a step; the surrounding transaction rolls back. */
class ProcessFailureException extends RuntimeException {

    ProcessFailureException(RuntimeException cause) {
        super("Quy trình xét hồ sơ báo lỗi: " + cause.getMessage(), cause);
    }
}
