package vn.khenthuong.dossier;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.khenthuong.validation.Finding;

@RestControllerAdvice(basePackageClasses = DossierExceptionHandler.class)
class DossierExceptionHandler {

    /** Like {@code ApiError}, with the findings that block the submission. */
    record IncompleteDossierError(String message, @JsonInclude(JsonInclude.Include.ALWAYS) String field,
            List<Finding> findings) {
    }

    @ExceptionHandler(IncompleteDossierException.class)
    ResponseEntity<IncompleteDossierError> incomplete(IncompleteDossierException e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new IncompleteDossierError(e.getMessage(), null, e.findings()));
    }
}
