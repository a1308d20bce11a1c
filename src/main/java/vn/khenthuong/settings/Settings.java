package vn.khenthuong.settings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** PLACEHOLDER (replaced at merge by the rules branch). */
@Service
public class Settings {

    private final JdbcClient jdbc;

    Settings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> find(String key, LocalDate on) {
        return jdbc.sql("select setting_value from setting where setting_key = ? and effective_from <= ? order by effective_from desc")
                .params(key, on).query(String.class).list().stream().findFirst();
    }

    public String text(String key, LocalDate on) {
        return find(key, on).orElseThrow(() -> new IllegalStateException("Thiếu cấu hình " + key));
    }

    public int integer(String key, LocalDate on) {
        return Integer.parseInt(text(key, on).trim());
    }

    public BigDecimal decimal(String key, LocalDate on) {
        return new BigDecimal(text(key, on).trim());
    }
}
