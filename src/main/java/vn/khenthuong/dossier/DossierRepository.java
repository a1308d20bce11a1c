package vn.khenthuong.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.khenthuong.award.NomineeKind;

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

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from dossier where code = ?").param(code).query(Long.class).optional();
    }

    List<Nominee> nominees(long dossierId) {
        Map<Long, List<Initiative>> initiatives = initiatives(dossierId);
        return jdbc.sql("select " + NOMINEE_COLUMNS + " from nominee where dossier_id = ? order by position_no, id")
                .param(dossierId).query((rs, n) -> nominee(rs, initiatives)).list();
    }

    /** The recognised initiatives of the dossier's nominees, by nominee, in the order they were entered. */
    private Map<Long, List<Initiative>> initiatives(long dossierId) {
        Map<Long, List<Initiative>> byNominee = new HashMap<>();
        jdbc.sql("""
                select i.nominee_id, i.kind, i.title, i.recognised_by, i.recognised_on, i.document_ref, i.effect_scope
                from nominee_initiative i join nominee n on n.id = i.nominee_id
                where n.dossier_id = ? order by i.nominee_id, i.position_no, i.id""").param(dossierId)
                .query(rs -> {
                    byNominee.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Initiative(
                            InitiativeKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), InitiativeScope.valueOf(rs.getString(7))));
                });
        return byNominee;
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

    long dossierOfNominee(long nomineeId) {
        return jdbc.sql("select dossier_id from nominee where id = ?").param(nomineeId).query(Long.class).single();
    }

    void strikeNominee(long nomineeId, String reason, String step) {
        jdbc.sql("update nominee set status = 'STRUCK', struck_reason = ?, struck_at = ? where id = ?")
                .params(reason, step, nomineeId).update();
    }

    void markNomineesDecided(long dossierId, List<Long> nomineeIds) {
        jdbc.sql("update nominee set status = 'DECIDED' where dossier_id = :dossier and id in (:ids) and status = 'APPROVED'")
                .param("dossier", dossierId).param("ids", nomineeIds).update();
    }

    long countNominees(long dossierId, NomineeStatus status) {
        return jdbc.sql("select count(*) from nominee where dossier_id = ? and status = ?")
                .params(dossierId, status.name()).query(Long.class).single();
    }

    void setActiveNomineesStatus(long dossierId, NomineeStatus status) {
        jdbc.sql("update nominee set status = ? where dossier_id = ? and status = 'ACTIVE'")
                .params(status.name(), dossierId).update();
    }

    // --- writes of the dossier API ---

    long insert(DossierContent c, String createdBy, OffsetDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier (unit_code, award_code, period_year, period_from, period_to, one_off, movement,
                summary, status, created_by, created_at, updated_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, 0)""")
                .params(c.unitCode(), c.awardCode(), c.periodYear(), c.periodFrom(), c.periodTo(), c.oneOff(),
                        c.movement(), c.summary(), createdBy, now, now)
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void setCode(long id, String code) {
        jdbc.sql("update dossier set code = ? where id = ?").params(code, id).update();
    }

    /** Replaces the editable fields if the dossier is still editable (and has the expected version, if given). */
    boolean updateContent(long id, DossierContent c, Integer expectedVersion, OffsetDateTime now) {
        String sql = """
                update dossier set award_code = ?, period_year = ?, period_from = ?, period_to = ?, one_off = ?,
                movement = ?, summary = ?, updated_at = ?, version = version + 1
                where id = ? and status in ('DRAFT', 'RETURNED')""";
        List<Object> params = new ArrayList<>(Arrays.asList(c.awardCode(), c.periodYear(), c.periodFrom(),
                c.periodTo(), c.oneOff(), c.movement(), c.summary(), now, id));
        if (expectedVersion != null) {
            sql += " and version = ?";
            params.add(expectedVersion);
        }
        return jdbc.sql(sql).params(params).update() == 1;
    }

    /** Records a change of the dossier's attachments; false (and nothing changed) if it is no longer editable. */
    boolean touchIfEditable(long id, OffsetDateTime now) {
        return jdbc.sql("update dossier set updated_at = ? where id = ? and status in ('DRAFT', 'RETURNED')")
                .params(now, id).update() == 1;
    }

    /** Inserts the nominee with its initiatives; returns its id. */
    long insertNominee(long dossierId, Nominee n) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into nominee (dossier_id, position_no, kind, full_name, cccd, birth_date, job_title, direct_worker,
                collective_code, small_collective, member_count, ldtt_count, cstdcs_count, disciplined_count,
                duty_rating, excellent_years, initiative_count, months_of_service, under_discipline, achievement, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                .params(nomineeParams(dossierId, n)).update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertInitiatives(id, n.initiatives());
        return id;
    }

    /**
     * Updates what the unit entered about a nominee, its initiatives replaced by those given; its review
     * status stays as the reviewers left it. Nothing changes if the nominee is not the dossier's.
     */
    void updateNominee(long dossierId, Nominee n) {
        List<Object> params = nomineeParams(dossierId, n).subList(1, 20);
        List<Object> all = new ArrayList<>(params);
        all.add(n.id());
        all.add(dossierId);
        int updated = jdbc.sql("""
                update nominee set position_no = ?, kind = ?, full_name = ?, cccd = ?, birth_date = ?, job_title = ?,
                direct_worker = ?, collective_code = ?, small_collective = ?, member_count = ?, ldtt_count = ?,
                cstdcs_count = ?, disciplined_count = ?, duty_rating = ?, excellent_years = ?, initiative_count = ?,
                months_of_service = ?, under_discipline = ?, achievement = ?
                where id = ? and dossier_id = ?""").params(all).update();
        if (updated == 1) {
            jdbc.sql("delete from nominee_initiative where nominee_id = ?").param(n.id()).update();
            insertInitiatives(n.id(), n.initiatives());
        }
    }

    private void insertInitiatives(long nomineeId, List<Initiative> initiatives) {
        for (int i = 0; i < initiatives.size(); i++) {
            Initiative x = initiatives.get(i);
            jdbc.sql("""
                    insert into nominee_initiative (nominee_id, position_no, kind, title, recognised_by, recognised_on,
                    document_ref, effect_scope) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(nomineeId, i + 1, x.kind().name(), x.title(), x.recognisedBy(), x.recognisedOn(),
                            x.reference(), x.scope().name())
                    .update();
        }
    }

    void deleteNominee(long dossierId, long nomineeId) {
        jdbc.sql("delete from nominee where id = ? and dossier_id = ?").params(nomineeId, dossierId).update();
    }

    private static List<Object> nomineeParams(long dossierId, Nominee n) {
        return Arrays.asList(dossierId, n.positionNo(), n.kind().name(), n.fullName(), n.cccd(), n.birthDate(),
                n.jobTitle(), n.directWorker(), n.collectiveCode(), n.smallCollective(), n.memberCount(), n.ldttCount(),
                n.cstdcsCount(), n.disciplinedCount(), n.dutyRating() == null ? null : n.dutyRating().name(),
                n.excellentYears(), n.initiativeCount(), n.monthsOfService(), n.underDiscipline(), n.achievement());
    }

    boolean markSubmittedFromDraft(long id, OffsetDateTime now) {
        return jdbc.sql("""
                update dossier set status = 'SUBMITTED', submitted_at = ?, updated_at = ?, version = version + 1
                where id = ? and status = 'DRAFT'""").params(now, now, id).update() == 1;
    }

    boolean markResubmittedFromReturned(long id, OffsetDateTime now) {
        return jdbc.sql("""
                update dossier set status = 'SUBMITTED', updated_at = ?, version = version + 1
                where id = ? and status = 'RETURNED'""").params(now, id).update() == 1;
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update dossier set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    boolean withdrawDraft(long id, String reason, OffsetDateTime now) {
        return jdbc.sql("""
                update dossier set status = 'WITHDRAWN', outcome_reason = ?, closed_at = ?, updated_at = ?,
                version = version + 1 where id = ? and status = 'DRAFT'""").params(reason, now, now, id).update() == 1;
    }

    long insertDocument(long dossierId, DocumentInfo info, byte[] content, String storagePath) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier_document (dossier_id, kind, file_name, content_type, size_bytes, sha256, content,
                storage_path, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, info.kind().name(), info.fileName(), info.contentType(), info.sizeBytes(),
                        info.sha256(), new SqlParameterValue(Types.BINARY, content), storagePath, info.uploadedBy(),
                        info.uploadedAt())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<StoredDocument> document(long dossierId, long documentId) {
        return jdbc.sql("""
                select id, kind, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, content,
                storage_path from dossier_document where id = ? and dossier_id = ?""").params(documentId, dossierId)
                .query((rs, n) -> new StoredDocument(new DocumentInfo(rs.getLong(1), DocumentKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class)), rs.getBytes(9), rs.getString(10)))
                .optional();
    }

    boolean deleteDocument(long dossierId, long documentId) {
        return jdbc.sql("delete from dossier_document where id = ? and dossier_id = ?").params(documentId, dossierId)
                .update() == 1;
    }

    /** Dossiers matching the filter that the scope lets the caller read, newest first. */
    List<DossierSummary> list(DossierFilter filter, DossierAccess.Scope scope, int limit) {
        if (scope.empty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("""
                select d.id, d.code, d.unit_code, d.award_code, d.period_year, d.status, d.submitted_at,
                d.reached_province, d.process_instance_id, d.updated_at,
                (select count(*) from nominee n where n.dossier_id = d.id) as nominee_count
                from dossier d where 1 = 1""");
        Map<String, Object> params = new HashMap<>();
        if (filter.unit() != null) {
            sql.append(" and d.unit_code = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.status() != null) {
            sql.append(" and d.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.year() != null) {
            sql.append(" and d.period_year = :year");
            params.put("year", filter.year());
        }
        if (filter.award() != null) {
            sql.append(" and d.award_code = :award");
            params.put("award", filter.award());
        }
        if (filter.before() != null) {
            // the next page continues under the last dossier shown: an index range, however many years of history
            sql.append(" and d.id < :before");
            params.put("before", filter.before());
        }
        if (!scope.everything()) {
            List<String> readable = new ArrayList<>();
            if (!scope.ownUnits().isEmpty()) {
                readable.add("d.unit_code in (:own)");
                params.put("own", scope.ownUnits());
            }
            String sentUp = "(d.status <> 'DRAFT' and (d.status <> 'WITHDRAWN' or d.submitted_at is not null))";
            if (!scope.districtUnits().isEmpty()) {
                readable.add(sentUp + " and d.unit_code in (:district)");
                params.put("district", scope.districtUnits());
            }
            if (!scope.provinceUnits().isEmpty()) {
                readable.add(sentUp + " and d.reached_province = true and d.unit_code in (:province)");
                params.put("province", scope.provinceUnits());
            }
            sql.append(" and ((").append(String.join(") or (", readable)).append("))");
        }
        sql.append(" order by d.id desc fetch first ").append(limit).append(" rows only");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new DossierSummary(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"),
                        rs.getString("award_code"), rs.getInt("period_year"), DossierStatus.valueOf(rs.getString("status")),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getBoolean("reached_province"),
                        rs.getString("process_instance_id"), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getInt("nominee_count")))
                .list();
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

    private static Nominee nominee(ResultSet rs, Map<Long, List<Initiative>> initiatives) throws SQLException {
        long id = rs.getLong("id");
        String rating = rs.getString("duty_rating");
        return new Nominee(id, rs.getInt("position_no"), NomineeKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"), rs.getString("cccd"), rs.getObject("birth_date", LocalDate.class),
                rs.getString("job_title"), rs.getBoolean("direct_worker"), rs.getString("collective_code"),
                rs.getBoolean("small_collective"), (Integer) rs.getObject("member_count"),
                (Integer) rs.getObject("ldtt_count"), (Integer) rs.getObject("cstdcs_count"),
                (Integer) rs.getObject("disciplined_count"), rating == null ? null : DutyRating.valueOf(rating),
                (Integer) rs.getObject("excellent_years"), (Integer) rs.getObject("initiative_count"),
                (Integer) rs.getObject("months_of_service"), rs.getBoolean("under_discipline"),
                rs.getString("achievement"), NomineeStatus.valueOf(rs.getString("status")), rs.getString("struck_reason"),
                initiatives.getOrDefault(id, List.of()));
    }
}
