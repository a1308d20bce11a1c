package vn.khenthuong.validation;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.khenthuong.award.NomineeKind;

@Repository
class JdbcOtherDossiers implements OtherDossiers {

    private static final String LIVE = "d.status not in ('DRAFT', 'WITHDRAWN', 'REJECTED', 'NOT_APPROVED') and n.status <> 'STRUCK'";
    private static final long NO_DOSSIER = -1;

    private final JdbcClient jdbc;

    JdbcOtherDossiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Proposal> proposing(NomineeKind kind, String subjectKey, String awardCode, int year, Long exceptDossierId) {
        String column = kind == NomineeKind.INDIVIDUAL ? "n.cccd" : "n.collective_code";
        return jdbc.sql("select distinct d.id, d.code, d.one_off, d.period_from, d.period_to"
                        + " from dossier d join nominee n on n.dossier_id = d.id"
                        + " where d.id <> ? and d.award_code = ? and d.period_year = ? and n.kind = ? and " + column + " = ?"
                        + " and " + LIVE + " order by d.id")
                .params(except(exceptDossierId), awardCode, year, kind.name(), subjectKey)
                .query((rs, n) -> new Proposal(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    @Override
    public int nominees(String unitCode, String awardCode, int year, Long exceptDossierId) {
        return jdbc.sql("select count(*) from dossier d join nominee n on n.dossier_id = d.id"
                        + " where d.id <> ? and d.unit_code = ? and d.award_code = ? and d.period_year = ? and " + LIVE)
                .params(except(exceptDossierId), unitCode, awardCode, year)
                .query(Integer.class).single();
    }

    private static long except(Long dossierId) {
        return dossierId == null ? NO_DOSSIER : dossierId;
    }
}
