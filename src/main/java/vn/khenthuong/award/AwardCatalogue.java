package vn.khenthuong.award;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** PLACEHOLDER (replaced at merge by the rules branch). */
@Service
public class AwardCatalogue {

    private final JdbcClient jdbc;

    AwardCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Award> all() {
        return jdbc.sql("select code, name, kind, target from award order by sort_order")
                .query((rs, n) -> new Award(rs.getString(1), rs.getString(2), AwardKind.valueOf(rs.getString(3)),
                        AwardTarget.valueOf(rs.getString(4))))
                .list();
    }

    public Optional<Award> find(String code) {
        return all().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Award get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có hình thức khen thưởng " + code));
    }
}
