package vn.khenthuong.dossier;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.khenthuong.web.ApiError;

@RestControllerAdvice(basePackageClasses = DossierExceptionHandler.class)
class DossierExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DossierExceptionHandler.class);

    /** Like {@code ApiError}, with the findings that block the submission. */
    record IncompleteDossierError(String message, @JsonInclude(JsonInclude.Include.ALWAYS) String field,
            List<Finding> findings) {
    }

    @ExceptionHandler(IncompleteDossierException.class)
    ResponseEntity<IncompleteDossierError> incomplete(IncompleteDossierException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new IncompleteDossierError(e.getMessage(), null, e.findings()));
    }

    /** The engine or a delegate failed: the transaction rolled back, so nothing changed. */
    @ExceptionHandler(ProcessFailureException.class)
    ResponseEntity<ApiError> failed(ProcessFailureException e) {
        log.error("Thao tác trên hồ sơ thất bại", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(
                "Lỗi hệ thống, thao tác chưa được thực hiện và hồ sơ không thay đổi. Hãy thử lại hoặc báo quản trị viên.",
                null));
    }
}
