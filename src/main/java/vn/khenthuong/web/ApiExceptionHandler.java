package vn.khenthuong.web;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.Refusal;

/**
 * Turns every refused request into JSON with a Vietnamese message, whatever the client's Accept header
 * asked for. Requests refused before reaching a controller are answered by {@link ApiErrorAttributes}.
 */
@RestControllerAdvice(basePackages = "vn.khenthuong")
class ApiExceptionHandler {

    static final String NOT_JSON = "Nội dung yêu cầu không phải JSON hợp lệ "
            + "(trống, sai cú pháp, không phải mã UTF-8 hoặc có dữ liệu thừa sau JSON)";

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> api(Refusal e) {
        return answer(RefusalStatus.of(e), ApiError.of(e.getMessage(), e.field()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<ApiError.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ApiError.FieldError(f.getField(), f.getDefaultMessage())).toList();
        ApiError.FieldError first = errors.isEmpty() ? new ApiError.FieldError(null, "Dữ liệu không hợp lệ") : errors.get(0);
        return answer(HttpStatus.BAD_REQUEST, new ApiError(first.message(), first.field(), errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            String message;
            if (mismatch instanceof JsonInput.RefusedValue) {
                message = "Trường " + field + " " + mismatch.getOriginalMessage();
            } else if (mismatch instanceof InvalidFormatException && mismatch.getTargetType() != null
                    && mismatch.getTargetType().isEnum()) {
                message = "Giá trị của trường " + field + " phải là một trong: " + values(mismatch.getTargetType());
            } else if (mismatch instanceof InvalidFormatException) {
                message = "Giá trị của trường " + field + " không đúng định dạng";
            } else {
                message = "Trường " + field + " có kiểu dữ liệu không đúng";
            }
            return answer(HttpStatus.BAD_REQUEST, ApiError.of(message, field));
        }
        return answer(HttpStatus.BAD_REQUEST, ApiError.of(NOT_JSON, null));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        if (UploadFailures.nameTooLong(e)) {
            return answer(HttpStatus.BAD_REQUEST, ApiError.of(UploadFailures.NAME_TOO_LONG, "file"));
        }
        return answer(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of("Tệp vượt quá dung lượng cho phép", "file"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> brokenUpload(MultipartException e) {
        return answer(HttpStatus.BAD_REQUEST,
                ApiError.of(UploadFailures.badName(e) ? UploadFailures.BAD_NAME : UploadFailures.BROKEN, "file"));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> missing(Exception e) {
        String name = e instanceof MissingServletRequestParameterException p ? p.getParameterName()
                : ((MissingServletRequestPartException) e).getRequestPartName();
        return answer(HttpStatus.BAD_REQUEST, ApiError.of("Thiếu trường bắt buộc: " + name, name));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof CleanText.RefusedText refused) {
                return answer(HttpStatus.BAD_REQUEST, ApiError.of("Giá trị của " + e.getName() + " " + refused.getMessage(),
                        e.getName()));
            }
        }
        Class<?> type = e.getRequiredType();
        String expected = type != null && type.isEnum() ? " phải là một trong: " + values(type) : " không hợp lệ";
        return answer(HttpStatus.BAD_REQUEST, ApiError.of("Giá trị của " + e.getName() + expected, e.getName()));
    }

    @ExceptionHandler(CleanText.RefusedText.class)
    ResponseEntity<ApiError> refusedText(CleanText.RefusedText e) {
        return answer(HttpStatus.BAD_REQUEST, ApiError.of("Dữ liệu gửi lên " + e.getMessage(), null));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ApiErrors.unsupportedMediaType(e));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return answer(HttpStatus.NOT_ACCEPTABLE, ApiErrors.notAcceptable());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, ApiError.of(Refusal.forbidden().getMessage(), null));
    }

    private static String values(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    }

    /** With the content type set, Spring writes JSON without asking the Accept header again. */
    private static ResponseEntity<ApiError> answer(HttpStatusCode status, ApiError error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
    }
}
