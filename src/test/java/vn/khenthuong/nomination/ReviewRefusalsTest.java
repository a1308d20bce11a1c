package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;

class ReviewRefusalsTest {

    private final ReviewRefusals.Unwrap unwrap = new ReviewRefusals.Unwrap();

    @Test
    void aRefusalWrappedByTheEngineIsPassedOnAsItWasThrown() {
        ReviewRefusedException refusal = new ReviewRefusedException("Chưa nhập số phiếu đồng ý cho Nông Văn An");
        failWith(new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                new ProcessEngineException("Exception while invoking TaskListener", refusal)));

        assertThatThrownBy(() -> unwrap.execute(context -> null)).isSameAs(refusal);
    }

    @Test
    void otherFailuresAndResultsPassUnchanged() {
        ProcessEngineException failure = new ProcessEngineException("ENGINE-03051", new IllegalStateException("lỗi"));
        failWith(failure);
        assertThatThrownBy(() -> unwrap.execute(context -> null)).isSameAs(failure);

        unwrap.setNext(new Next(null));
        String result = unwrap.execute(context -> "kết quả");
        assertThat(result).isEqualTo("kết quả");
    }

    private void failWith(RuntimeException e) {
        unwrap.setNext(new Next(e));
    }

    /** The rest of the engine's interceptor chain: runs the command, or fails. */
    private static final class Next extends CommandInterceptor {

        private final RuntimeException failure;

        Next(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public <T> T execute(org.camunda.bpm.engine.impl.interceptor.Command<T> command) {
            if (failure != null) {
                throw failure;
            }
            return command.execute(null);
        }
    }
}
