package vn.khenthuong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DossierRepository {

    private static final String DOSSIER_COLUMNS = """
            id, code, unit_code, award_code, period_year, period_from, period_to, one_off, movement, summary,
            status, deciding_level, reached_province, process_instance_id, return_comment, returned_from,
            outcome_reason, created_by, created_at, updated_at, submitted_at, closed_at, version""";

    private static final String NOMINEE_COLUMNS = """
            id, position_no, kind, full_name, cccd, birth_date, job_title, direct_worker, collective_code,
            small_collective, member_count, ldtt_count, cstdcs_count, disciplined_count, duty_rating,
            excellent_years, initiative_count, months_of_service, under_discipline, achievement, status, struck_reason""";

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Dossier> find(long id) {
        return jdbc.sql("select " + DOSSIER_COLUMNS + " from dossier where id = ?").param(id)
                .query((rs, n) -> dossier(rs)).optional();
    }

    Optional<Dossier> findByCode(String code) {
        return jdbc.sql("select " + DOSSIER_COLUMNS + " from dossier where code = ?").param(code)
                .query((rs, n) -> dossier(rs)).optional();
    }

    List<Nominee> nominees(long dossierId) {
        return jdbc.sql("select " + NOMINEE_COLUMNS + " from nominee where dossier_id = ? order by position_no, id")
                .param(dossierId).query((rs, n) -> nominee(rs)).list();
    }

    List<DocumentInfo> documents(long dossierId) {
        return jdbc.sql("""
                select id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at
                from dossier_document where dossier_id = ? order by id""").param(dossierId)
                .query((rs, n) -> new DocumentInfo(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    void updateStatus(long id, DossierStatus status, String reason, boolean closed) {
        jdbc.sql("""
                update dossier set status = ?, outcome_reason = coalesce(?, outcome_reason), updated_at = ?,
                closed_at = case when ? then ? else closed_at end, version = version + 1 where id = ?""")
                .params(status.name(), reason, OffsetDateTime.now(), closed, OffsetDateTime.now(), id).update();
    }

    void markReturned(long id, String comment, String returnedFrom) {
        jdbc.sql("""
                update dossier set status = 'RETURNED', return_comment = ?, returned_from = ?, updated_at = ?,
                version = version + 1 where id = ?""")
                .params(comment, returnedFrom, OffsetDateTime.now(), id).update();
    }

    void markResubmitted(long id) {
        jdbc.sql("update dossier set status = 'SUBMITTED', updated_at = ?, version = version + 1 where id = ?")
                .params(OffsetDateTime.now(), id).update();
    }

    void markRouted(long id, String decidingLevel) {
        jdbc.sql("update dossier set deciding_level = ? where id = ?").params(decidingLevel, id).update();
    }

    void markReachedProvince(long id) {
        jdbc.sql("update dossier set reached_province = true where id = ?").param(id).update();
    }

    void strikeNominee(long nomineeId, String reason, String step) {
        jdbc.sql("update nominee set status = 'STRUCK', struck_reason = ?, struck_at = ? where id = ?")
                .params(reason, step, nomineeId).update();
    }

    void setActiveNomineesStatus(long dossierId, NomineeStatus status) {
        jdbc.sql("update nominee set status = ? where dossier_id = ? and status = 'ACTIVE'")
                .params(status.name(), dossierId).update();
    }

    private Dossier dossier(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Dossier(id, rs.getString("code"), rs.getString("unit_code"), rs.getString("award_code"),
                rs.getInt("period_year"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getBoolean("one_off"), rs.getString("movement"),
                rs.getString("summary"), DossierStatus.valueOf(rs.getString("status")), rs.getString("deciding_level"),
                rs.getBoolean("reached_province"), rs.getString("process_instance_id"), rs.getString("return_comment"),
                rs.getString("returned_from"), rs.getString("outcome_reason"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
                rs.getInt("version"), nominees(id), documents(id));
    }

    private static Nominee nominee(ResultSet rs) throws SQLException {
        String rating = rs.getString("duty_rating");
        return new Nominee(rs.getLong("id"), rs.getInt("position_no"), NomineeKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"), rs.getString("cccd"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("job_title"), rs.getBoolean("direct_worker"), rs.getString("collective_code"),
                rs.getBoolean("small_collective"), (Integer) rs.getObject("member_count"),
                (Integer) rs.getObject("ldtt_count"), (Integer) rs.getObject("cstdcs_count"),
                (Integer) rs.getObject("disciplined_count"), rating == null ? null : DutyRating.valueOf(rating),
                (Integer) rs.getObject("excellent_years"), (Integer) rs.getObject("initiative_count"),
                (Integer) rs.getObject("months_of_service"), rs.getBoolean("under_discipline"),
                rs.getString("achievement"), NomineeStatus.valueOf(rs.getString("status")), rs.getString("struck_reason"));
    }
}
