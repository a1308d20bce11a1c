package vn.khenthuong.web;

import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

import vn.khenthuong.kernel.Refusal;

/**
 * The Vietnamese answers to requests the framework refuses, shared by {@link ApiExceptionHandler}
 * (refused inside a controller) and {@link ApiErrorAttributes} (refused before one was found).
 */
final class ApiErrors {

    static final String SYSTEM_FAILURE = "Lỗi hệ thống, yêu cầu chưa được thực hiện và dữ liệu không thay đổi. "
            + "Hãy thử lại hoặc báo quản trị viên.";

    private ApiErrors() {
    }

    static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    static ApiError unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String given = e.getContentType() == null ? "(thiếu hoặc sai tiêu đề Content-Type)" : e.getContentType().toString();
        return ApiError.of("Định dạng nội dung " + given + " không được hỗ trợ ở địa chỉ này"
                + expected(e.getSupportedMediaTypes()), null);
    }

    static ApiError notAcceptable() {
        return ApiError.of("API chỉ trả kết quả dạng JSON (application/json) hoặc đúng loại tệp được tải: "
                + "hãy sửa tiêu đề Accept", null);
    }

    static ApiError of(Throwable error, int status, String path) {
        if (error instanceof HttpRequestMethodNotSupportedException e) {
            String allowed = e.getSupportedHttpMethods() == null ? ""
                    : " (dùng " + e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
            return ApiError.of("Phương thức " + e.getMethod() + " không dùng được với địa chỉ " + path + allowed, null);
        }
        if (error instanceof HttpMediaTypeNotSupportedException e) {
            return unsupportedMediaType(e);
        }
        if (error instanceof HttpMediaTypeNotAcceptableException) {
            return notAcceptable();
        }
        HttpStatus known = HttpStatus.resolve(status);
        return ApiError.of(known == null ? "Yêu cầu không thực hiện được (mã lỗi " + status + ")" : switch (known) {
            case BAD_REQUEST -> "Yêu cầu không hợp lệ, hệ thống không đọc được";
            case UNAUTHORIZED -> "Cần đăng nhập (tên đăng nhập và mật khẩu không đúng hoặc chưa có)";
            case FORBIDDEN -> Refusal.forbidden().getMessage();
            case NOT_FOUND -> "Không có địa chỉ " + path + " trong API";
            case METHOD_NOT_ALLOWED -> "Phương thức này không dùng được với địa chỉ " + path;
            case NOT_ACCEPTABLE -> notAcceptable().message();
            case PAYLOAD_TOO_LARGE -> "Nội dung yêu cầu quá lớn";
            case UNSUPPORTED_MEDIA_TYPE -> "Định dạng nội dung không được hỗ trợ ở địa chỉ này";
            default -> known.is5xxServerError() ? SYSTEM_FAILURE : "Yêu cầu không thực hiện được (mã lỗi " + status + ")";
        }, null);
    }

    /** What the address reads: JSON or an upload, the two our API takes, rather than every format a converter knows. */
    private static String expected(Collection<MediaType> supported) {
        return Stream.of(MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA)
                .filter(type -> supported.stream().anyMatch(type::isCompatibleWith)).findFirst()
                .map(type -> ": cần " + type).orElse("");
    }
}
