package vn.khenthuong;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 (default mode, as the embedded run uses) with our Flyway migrations applied. */
public final class H2Database {

    private H2Database() {
    }

    public static JdbcClient migrated() {
        return JdbcClient.create(migratedDataSource());
    }

    /** The database itself, for a transaction manager or a {@code JdbcTemplate} besides the {@code JdbcClient}. */
    public static DataSource migratedDataSource() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("blob_type", "blob")).load().migrate();
        return dataSource;
    }
}
