package vn.khenthuong.web;

import java.util.List;

/** The body of every error answer of our API: a Vietnamese message and, where one is at fault, the field. */
public record ApiError(String message, String field, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String message, String field) {
        return new ApiError(message, field, null);
    }
}
