package vn.khenthuong.decision;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decision numbers run from 1 each calendar year per issuing body, with no gap and no duplicate. The
 * number is taken inside the signing transaction: the counter row stays locked until that transaction
 * ends, so two chairmen signing at once get consecutive numbers, and a signing that fails gives its
 * number back.
 */
@Service
public class DecisionNumbers {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    DecisionNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code issuingBody} in {@code year}; must run in the transaction that uses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String issuingBody, int year) {
        ensureCounter(issuingBody, year);
        jdbc.sql("update decision_number set last_number = last_number + 1 where issuing_body = ? and decision_year = ?")
                .params(issuingBody, year).update();
        return jdbc.sql("select last_number from decision_number where issuing_body = ? and decision_year = ?")
                .params(issuingBody, year).query(Integer.class).single();
    }

    /** Creates the year's counter in a transaction of its own, so that a race to create it harms no one. */
    private void ensureCounter(String issuingBody, int year) {
        boolean exists = jdbc.sql("select count(*) from decision_number where issuing_body = ? and decision_year = ?")
                .params(issuingBody, year).query(Integer.class).single() > 0;
        if (exists) {
            return;
        }
        try {
            separately.executeWithoutResult(status -> jdbc.sql(
                    "insert into decision_number (issuing_body, decision_year, last_number) values (?, ?, 0)")
                    .params(issuingBody, year).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // another signing created it first
        }
    }
}
