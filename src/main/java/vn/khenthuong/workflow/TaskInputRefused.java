package vn.khenthuong.workflow;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A completion carrying something its step's form does not ask for: the engine answers it as a form
 * validation failure (400), and the command rolls back with nothing changed.
 */
final class TaskInputRefused extends FormFieldValidationException {

    TaskInputRefused(String message) {
        super(null, message);
    }
}
