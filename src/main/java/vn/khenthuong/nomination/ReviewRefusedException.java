package vn.khenthuong.nomination;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A reviewer's or secretary's submission of a task that the rules refuse; the task stays open. It is
 * a form validation failure to the engine, so Tasklist and /engine-rest answer 400 with its message
 * (see {@link ReviewRefusals} for how it gets there unwrapped).
 */
public class ReviewRefusedException extends FormFieldValidationException {

    public ReviewRefusedException(String message) {
        super(null, message);
    }
}
