package vn.khenthuong.web;

import org.springframework.http.HttpStatus;

import vn.khenthuong.kernel.Refusal;

/** The one place a refusal becomes an HTTP status, for the API and the pages alike. */
public final class RefusalStatus {

    private RefusalStatus() {
    }

    public static HttpStatus of(Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
        };
    }
}
