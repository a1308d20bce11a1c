package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khenthuong.PostgresIntegrationTest;

/** Decision numbers on PostgreSQL: concurrent signings, a failed signing, a new year. */
@PostgresIntegrationTest
class DecisionNumbersIT {

    @Autowired
    DecisionNumbers numbers;
    @Autowired
    TransactionTemplate transactions;

    private int next(String body, int year) {
        Integer n = transactions.execute(s -> numbers.next(body, year));
        return n == null ? -1 : n;
    }

    @Test
    void fiftyParallelSigningsGetOneToFiftyWithoutGapOrDuplicate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> signings = IntStream.range(0, 50)
                    .<Callable<Integer>>mapToObj(i -> () -> transactions.execute(s -> numbers.next("caobang", 2031)))
                    .toList();
            List<Integer> taken = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(signings)) {
                taken.add(f.get());
            }
            assertThat(taken).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aSigningThatFailsAfterTakingItsNumberLeavesNoGap() {
        assertThat(next("tpcb", 2032)).isEqualTo(1);

        assertThatThrownBy(() -> transactions.executeWithoutResult(s -> {
            assertThat(numbers.next("tpcb", 2032)).isEqualTo((Integer) 2);
            throw new IllegalStateException("ký số thất bại");
        })).hasMessage("ký số thất bại");

        assertThat(next("tpcb", 2032)).isEqualTo(2);
    }

    @Test
    void eachIssuingBodyAndYearStartsFromOne() {
        assertThat(next("trungkhanh", 2033)).isEqualTo(1);
        assertThat(next("trungkhanh", 2034)).isEqualTo(1);
        assertThat(next("tpcb", 2033)).isEqualTo(1);
        assertThat(next("trungkhanh", 2033)).isEqualTo(2);
    }

    @Test
    void aNumberIsOnlyTakenInsideTheSigningTransaction() {
        assertThatThrownBy(() -> numbers.next("caobang", 2035))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }
}
