package vn.khenthuong.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.khenthuong.calendar.VietnamTime;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.Dossier;

/**
 * PLACEHOLDER of the validation API so that the dossier API compiles and its tests run; the real
 * implementation replaces this package at merge.
 */
@Service
public class DossierValidation {

    private final JdbcClient jdbc;

    DossierValidation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Finding> completeness(Dossier dossier) {
        List<Finding> findings = new ArrayList<>();
        if (dossier.activeNominees().isEmpty()) {
            findings.add(new Finding(null, "NO_NOMINEE", Severity.ERROR, "Hồ sơ chưa có người hoặc tập thể được đề nghị"));
        }
        if (!dossier.hasDocument(DocumentKind.TO_TRINH)) {
            findings.add(new Finding(null, "MISSING_TO_TRINH", Severity.ERROR, "Hồ sơ thiếu Tờ trình"));
        }
        return findings;
    }

    public List<Finding> eligibility(Dossier dossier, LocalDate decisionDate) {
        return List.of();
    }

    public List<Finding> all(Dossier dossier, LocalDate decisionDate) {
        List<Finding> findings = new ArrayList<>(completeness(dossier));
        findings.addAll(eligibility(dossier, decisionDate));
        return findings;
    }

    public void store(long dossierId, List<Finding> findings) {
        jdbc.sql("delete from finding where dossier_id = ?").param(dossierId).update();
        OffsetDateTime now = VietnamTime.now();
        for (Finding f : findings) {
            jdbc.sql("""
                    insert into finding (dossier_id, nominee_id, rule_code, severity, message, checked_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(dossierId, f.nomineeId(), f.ruleCode(), f.severity().name(), f.message(), now).update();
        }
    }

    public List<StoredFinding> findings(long dossierId) {
        return jdbc.sql("""
                select id, nominee_id, rule_code, severity, message, checked_at, overridden_by, override_reason
                from finding where dossier_id = ? order by id""").param(dossierId)
                .query((rs, n) -> new StoredFinding(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        Severity.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7), rs.getString(8)))
                .list();
    }

    public boolean hasBlockingErrors(long dossierId) {
        return jdbc.sql("select count(*) from finding where dossier_id = ? and severity = 'ERROR' and overridden_by is null")
                .param(dossierId).query(Long.class).single() > 0;
    }

    public void overrideErrors(long dossierId, String userId, String reason) {
        jdbc.sql("""
                update finding set overridden_by = ?, override_reason = ?, overridden_at = ?
                where dossier_id = ? and severity = 'ERROR' and overridden_by is null""")
                .params(userId, reason, VietnamTime.now(), dossierId).update();
    }
}
