package vn.khenthuong.review;

import org.camunda.bpm.engine.ProcessEngineException;

/** A reviewer's or secretary's submission of a task that the rules refuse; the task stays open. */
public class ReviewRefusedException extends ProcessEngineException {

    public ReviewRefusedException(String message) {
        super(message);
    }
}
