package vn.khenthuong.kernel;

/**
 * A request the application refuses: what kind of refusal, a Vietnamese message, and the field at fault
 * (if any). Services throw it; how it is answered (an HTTP status and JSON for the API, a page for the
 * pages) is decided once, by the web layer.
 */
public class Refusal extends RuntimeException {

    public enum Kind {
        /** The input is wrong. */
        INVALID,
        /** The person may not do this. */
        FORBIDDEN,
        /** There is no such thing, or the person may not know it exists. */
        NOT_FOUND,
        /** Not in the state this needs (a dossier no longer editable, a draft not returned). */
        CONFLICT,
        /** Content of a kind the application does not take (a file that is no PDF, image or document). */
        UNSUPPORTED_TYPE,
        /** More than the application takes at once. */
        TOO_LARGE,
        /** The application cannot do it now (shutting down, database away). */
        UNAVAILABLE
    }

    public static final String FORBIDDEN_MESSAGE = "Bạn không có quyền thực hiện thao tác này";

    private final Kind kind;
    private final String field;

    public Refusal(Kind kind, String message, String field) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public static Refusal invalid(String field, String message) {
        return new Refusal(Kind.INVALID, message, field);
    }

    public static Refusal notFound(String message) {
        return new Refusal(Kind.NOT_FOUND, message, null);
    }

    public static Refusal forbidden() {
        return new Refusal(Kind.FORBIDDEN, FORBIDDEN_MESSAGE, null);
    }

    public static Refusal conflict(String message) {
        return new Refusal(Kind.CONFLICT, message, null);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
