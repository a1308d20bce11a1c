package vn.khenthuong.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

import vn.khenthuong.kernel.CleanText;

/**
 * Query parameters and path variables of the API through {@link CleanText#checked}, as JSON bodies go
 * through {@link JsonInput}: a NUL in {@code ?name=} is a 400 on {@code name}, not a database error.
 */
@ControllerAdvice(annotations = RestController.class)
class ApiParameters {

    @InitBinder
    void cleanText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(CleanText.checked(text));
            }
        });
    }
}
