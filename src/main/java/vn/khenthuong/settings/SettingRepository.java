package vn.khenthuong.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SettingRepository {

    private final JdbcClient jdbc;

    SettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> valueOn(String key, LocalDate on) {
        return jdbc.sql("""
                select setting_value from setting where setting_key = ? and effective_from <= ?
                order by effective_from desc fetch first 1 rows only""")
                .params(key, on).query(String.class).optional();
    }

    List<SettingRow> all() {
        return jdbc.sql("""
                select id, setting_key, setting_value, effective_from, note from setting
                order by setting_key, effective_from""")
                .query((rs, n) -> new SettingRow(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5)))
                .list();
    }

    List<String> values(String key) {
        return jdbc.sql("select setting_value from setting where setting_key = ?").param(key).query(String.class).list();
    }

    boolean exists(String key, LocalDate effectiveFrom) {
        return jdbc.sql("select count(*) from setting where setting_key = ? and effective_from = ?")
                .params(key, effectiveFrom).query(Integer.class).single() > 0;
    }

    long insert(SettingRow row) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into setting (setting_key, setting_value, effective_from, note) values (?, ?, ?, ?)")
                .params(row.key(), row.value(), row.effectiveFrom(), row.note())
                .update(keys, "id");
        return keys.getKey().longValue();
    }
}
