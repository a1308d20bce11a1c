package vn.khenthuong.decision;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decision numbers run from 1 each calendar year per issuing body, with no gap and no duplicate. The
 * number is taken inside the signing transaction, on its one connection: the year's counter row is
 * created if missing (a race to create it harms no one), then locked by the increment until that
 * transaction ends, so two chairmen signing at once get consecutive numbers, and a signing that fails
 * gives its number back.
 */
@Service
public class DecisionNumbers {

    private static final String CREATE_ON_POSTGRES = """
            insert into decision_number (issuing_body, decision_year, last_number) values (?, ?, 0)
            on conflict (issuing_body, decision_year) do nothing""";
    private static final String CREATE_ON_H2 = """
            merge into decision_number d using (values (cast(? as varchar), cast(? as integer))) v(body, y)
            on d.issuing_body = v.body and d.decision_year = v.y
            when not matched then insert (issuing_body, decision_year, last_number) values (v.body, v.y, 0)""";

    private final JdbcClient jdbc;
    private final String createCounter;

    DecisionNumbers(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.createCounter = onPostgres(dataSource) ? CREATE_ON_POSTGRES : CREATE_ON_H2;
    }

    /** The next number of {@code issuingBody} in {@code year}; must run in the transaction that uses it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String issuingBody, int year) {
        jdbc.sql(createCounter).params(issuingBody, year).update();
        jdbc.sql("update decision_number set last_number = last_number + 1 where issuing_body = ? and decision_year = ?")
                .params(issuingBody, year).update();
        return jdbc.sql("select last_number from decision_number where issuing_body = ? and decision_year = ?")
                .params(issuingBody, year).query(Integer.class).single();
    }

    private static boolean onPostgres(DataSource dataSource) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
            return "PostgreSQL".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Không đọc được loại cơ sở dữ liệu", e);
        }
    }
}
