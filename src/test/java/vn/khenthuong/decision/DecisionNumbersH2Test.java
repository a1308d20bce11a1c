package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khenthuong.H2Database;

/** The counter SQL on H2 in its default mode, as the embedded run uses (the ITs run it on PostgreSQL). */
class DecisionNumbersH2Test {

    private final DataSource dataSource = H2Database.migratedDataSource();
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final DecisionNumbers numbers = new DecisionNumbers(jdbc, dataSource);
    private final TransactionTemplate signing = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

    @Test
    void aNewYearStartsAtOneAndCountsOnWithoutResettingItsCounter() {
        String body = "tpcb";
        jdbc.sql("insert into organisation (code, name, level, kind) values ('tpcb', 'Thành phố Cao Bằng', 'DISTRICT', 'DISTRICT')")
                .update();

        assertThat(next(body, 2031)).isEqualTo(1);
        assertThat(next(body, 2031)).isEqualTo(2);
        assertThat(next(body, 2032)).isEqualTo(1);
        assertThat(next(body, 2031)).isEqualTo(3);
    }

    private int next(String body, int year) {
        Integer number = signing.execute(s -> numbers.next(body, year));
        return number;
    }
}
