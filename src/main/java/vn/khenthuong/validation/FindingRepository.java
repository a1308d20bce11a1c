package vn.khenthuong.validation;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.dossier.StoredFinding;
import vn.khenthuong.kernel.VietnamTime;

@Repository
class FindingRepository {

    private final JdbcClient jdbc;

    FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredFinding> of(long dossierId) {
        return jdbc.sql("""
                select id, nominee_id, rule_code, severity, message, checked_at, overridden_by, override_reason
                from finding where dossier_id = ? order by id""")
                .param(dossierId)
                .query((rs, n) -> new StoredFinding(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                        Severity.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime(),
                        rs.getString(7), rs.getString(8)))
                .list();
    }

    void deleteNotOverridden(long dossierId) {
        jdbc.sql("delete from finding where dossier_id = ? and overridden_by is null").param(dossierId).update();
    }

    void insert(long dossierId, Finding f, OffsetDateTime checkedAt) {
        jdbc.sql("""
                insert into finding (dossier_id, nominee_id, rule_code, severity, message, checked_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(dossierId, f.nomineeId(), f.ruleCode(), f.severity().name(), f.message(), checkedAt)
                .update();
    }

    int countBlocking(long dossierId) {
        return jdbc.sql("select count(*) from finding where dossier_id = ? and severity = 'ERROR' and overridden_by is null")
                .param(dossierId).query(Integer.class).single();
    }

    int overrideErrors(long dossierId, String userId, String reason, OffsetDateTime at) {
        return jdbc.sql("""
                update finding set overridden_by = ?, override_reason = ?, overridden_at = ?
                where dossier_id = ? and severity = 'ERROR' and overridden_by is null""")
                .params(userId, reason, at, dossierId).update();
    }
}
