package vn.khenthuong.web;

import java.util.function.Predicate;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.web.multipart.MultipartException;

/**
 * Why a multipart body could not be read. Spring reports Tomcat's "part header too large" as an
 * upload too large, but a part header is only that large when the file's name is very long.
 */
public final class UploadFailures {

    static final String BAD_NAME = "Tên tệp chứa ký tự không được phép (ký tự điều khiển như NUL): hãy đổi tên tệp rồi tải lại";

    public static final String NAME_TOO_LONG = "Tên tệp quá dài (tối đa 255 ký tự): hãy đổi tên tệp ngắn hơn rồi tải lại";
    public static final String BROKEN = "Nội dung tải lên (multipart/form-data) bị hỏng hoặc không đầy đủ: "
            + "hãy chọn lại tệp và gửi lại";

    private UploadFailures() {
    }

    public static boolean nameTooLong(MultipartException e) {
        return causes(e, cause -> cause.getMessage() != null && cause.getMessage().startsWith("Header section has more than"));
    }

    /** Tomcat refuses a file name with a NUL in it when Spring asks for the parts. */
    static boolean badName(MultipartException e) {
        return causes(e, InvalidFileNameException.class::isInstance);
    }

    private static boolean causes(Throwable e, Predicate<Throwable> test) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
        }
        return false;
    }
}
