package vn.khenthuong.award;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The awards the application knows (table {@code award}, filled by migration). */
@Service
public class AwardCatalogue {

    private static final String COLUMNS = "select code, name, kind, target from award";

    private final JdbcClient jdbc;

    AwardCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Award> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " where code = ?").param(code).query((rs, n) -> award(rs)).optional();
    }

    public Award get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có danh hiệu mã " + code));
    }

    /** All awards, in the catalogue's order (lowest level first). */
    public List<Award> all() {
        return jdbc.sql(COLUMNS + " order by sort_order, code").query((rs, n) -> award(rs)).list();
    }

    private static Award award(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Award(rs.getString("code"), rs.getString("name"), AwardKind.valueOf(rs.getString("kind")),
                AwardTarget.valueOf(rs.getString("target")));
    }
}
