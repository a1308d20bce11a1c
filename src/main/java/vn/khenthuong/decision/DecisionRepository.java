package vn.khenthuong.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.khenthuong.award.NomineeKind;

@Repository
class DecisionRepository {

    private static final String COLUMNS = """
            id, issuing_body, award_code, achievement, proposal_ref, status, return_comment, process_instance_id,
            created_by, created_at, number_value, decision_number, decision_date, signer_user, signer_name,
            signer_capacity, signed_at, pdf_sha256""";

    private static final String RECIPIENTS = """
            select r.decision_id, r.nominee_id, r.dossier_id, d.code, d.unit_code, r.position_no, n.kind, n.full_name,
                   n.job_title, o.name as unit_name, r.bonus_vnd
            from decision_recipient r join nominee n on n.id = r.nominee_id join dossier d on d.id = r.dossier_id
            join organisation o on o.code = d.unit_code""";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertDraft(String issuingBody, String awardCode, String achievement, String proposalRef, String createdBy) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into award_decision (issuing_body, award_code, achievement, proposal_ref, status, created_by, created_at)
                values (?, ?, ?, ?, 'IN_REVIEW', ?, ?)""")
                .params(issuingBody, awardCode, achievement, proposalRef, createdBy, OffsetDateTime.now())
                .update(key, "id");
        return key.getKey().longValue();
    }

    void replaceRecipients(long decisionId, List<AwardDecision.Recipient> recipients) {
        jdbc.sql("delete from decision_recipient where decision_id = ?").param(decisionId).update();
        int position = 1;
        for (AwardDecision.Recipient r : recipients) {
            jdbc.sql("insert into decision_recipient (decision_id, nominee_id, dossier_id, position_no) values (?, ?, ?, ?)")
                    .params(decisionId, r.nomineeId(), r.dossierId(), position++).update();
        }
    }

    void setProcessInstance(long id, String processInstanceId) {
        jdbc.sql("update award_decision set process_instance_id = ? where id = ?").params(processInstanceId, id).update();
    }

    Optional<AwardDecision> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from award_decision where id = ?").param(id)
                .query(DecisionRepository::decision).optional().map(d -> d.withRecipients(recipients(id)));
    }

    /** Locks the decision's row until the signing transaction ends: two clicks on "Ký" sign once. */
    Optional<AwardDecision> lock(long id) {
        jdbc.sql("update award_decision set version = version + 1 where id = ?").param(id).update();
        return find(id);
    }

    /** The decisions of a year and body (both optional), newest first, with their recipients read in one query. */
    List<AwardDecision> list(Integer year, String issuingBody) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (year != null) {
            where.append(" and (a.decision_year = :year or (a.decision_year is null and extract(year from a.created_at) = :year))");
            params.put("year", year);
        }
        if (issuingBody != null) {
            where.append(" and a.issuing_body = :body");
            params.put("body", issuingBody);
        }
        Map<Long, List<AwardDecision.Recipient>> recipients = new java.util.HashMap<>();
        jdbc.sql(RECIPIENTS + " join award_decision a on a.id = r.decision_id" + where + " order by r.decision_id, r.position_no")
                .params(params).query(rs -> {
                    recipients.computeIfAbsent(rs.getLong("decision_id"), id -> new java.util.ArrayList<>())
                            .add(recipient(rs, 0));
                });
        return jdbc.sql("select " + COLUMNS + " from award_decision a" + where
                        + " order by coalesce(a.decision_year, 9999) desc, a.number_value desc, a.id desc")
                .params(params).query(DecisionRepository::decision).list().stream()
                .map(d -> d.withRecipients(recipients.getOrDefault(d.id(), List.of()))).toList();
    }

    List<AwardDecision.Recipient> recipients(long decisionId) {
        return jdbc.sql(RECIPIENTS + " where r.decision_id = ? order by r.position_no")
                .param(decisionId).query(DecisionRepository::recipient).list();
    }

    /**
     * Nominees approved for {@code awardCode}, deciding at {@code issuingBody}'s level, not yet decided and in
     * no open draft (other than {@code exceptDecision}).
     */
    List<AwardDecision.Recipient> waiting(String awardCode, List<String> unitCodes, String decidingLevel, long exceptDecision) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select n.id as nominee_id, d.id as dossier_id, d.code, d.unit_code, n.position_no, n.kind, n.full_name,
                       n.job_title, o.name as unit_name, cast(null as bigint) as bonus_vnd
                from nominee n join dossier d on d.id = n.dossier_id join organisation o on o.code = d.unit_code
                where n.status = 'APPROVED' and d.status = 'APPROVED' and d.award_code = :award
                  and d.deciding_level = :level and d.unit_code in (:units)
                  and not exists (select 1 from decision_recipient r join award_decision a on a.id = r.decision_id
                                  where r.nominee_id = n.id and a.status <> 'CANCELLED' and a.id <> :except)
                order by d.submitted_at, d.id, n.position_no""")
                .param("award", awardCode).param("level", decidingLevel).param("units", unitCodes)
                .param("except", exceptDecision)
                .query(DecisionRepository::recipient).list();
    }

    /** How many nominees of {@link #waiting} there are for each award (none of any draft). */
    Map<String, Integer> waitingCounts(List<String> unitCodes, String decidingLevel) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                select d.award_code, count(*) as waiting_count
                from nominee n join dossier d on d.id = n.dossier_id
                where n.status = 'APPROVED' and d.status = 'APPROVED' and d.deciding_level = :level and d.unit_code in (:units)
                  and not exists (select 1 from decision_recipient r join award_decision a on a.id = r.decision_id
                                  where r.nominee_id = n.id and a.status <> 'CANCELLED')
                group by d.award_code""")
                .param("level", decidingLevel).param("units", unitCodes)
                .query(rs -> {
                    counts.put(rs.getString("award_code"), rs.getInt("waiting_count"));
                });
        return counts;
    }

    void setStatus(long id, DecisionStatus status, String comment) {
        jdbc.sql("update award_decision set status = ?, return_comment = ? where id = ?")
                .params(status.name(), comment, id).update();
    }

    void revise(long id, String achievement, String proposalRef) {
        jdbc.sql("update award_decision set achievement = ?, proposal_ref = ? where id = ?")
                .params(achievement, proposalRef, id).update();
    }

    void markSigned(long id, SignedDecision signed) {
        jdbc.sql("""
                update award_decision set status = 'SIGNED', decision_year = ?, number_value = ?, decision_number = ?,
                decision_date = ?, signer_user = ?, signer_name = ?, signer_capacity = ?, signed_at = ?, pdf = ?,
                pdf_sha256 = ?, return_comment = null where id = ? and status = 'IN_REVIEW'""")
                .params(signed.date().getYear(), signed.numberValue(), signed.numberText(), signed.date(),
                        signed.signerUser(), signed.signerName(), signed.capacity().name(), signed.signedAt(),
                        signed.pdf(), signed.sha256(), id)
                .update();
        signed.bonuses().forEach((nomineeId, bonus) -> jdbc.sql(
                "update decision_recipient set bonus_vnd = ? where decision_id = ? and nominee_id = ?")
                .params(bonus, id, nomineeId).update());
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from award_decision where id = ? and pdf is not null").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    Optional<AwardDecision> findBySha256(String sha256) {
        return jdbc.sql("select " + COLUMNS + " from award_decision where pdf_sha256 = ?").param(sha256)
                .query(DecisionRepository::decision).optional();
    }

    private static AwardDecision decision(ResultSet rs, int row) throws SQLException {
        return new AwardDecision(rs.getLong("id"), rs.getString("issuing_body"), rs.getString("award_code"),
                rs.getString("achievement"), rs.getString("proposal_ref"), DecisionStatus.valueOf(rs.getString("status")),
                rs.getString("return_comment"), rs.getString("process_instance_id"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), (Integer) rs.getObject("number_value"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("signer_user"), rs.getString("signer_name"), rs.getString("signer_capacity"),
                rs.getObject("signed_at", OffsetDateTime.class), rs.getString("pdf_sha256"), List.of());
    }

    private static AwardDecision.Recipient recipient(ResultSet rs, int row) throws SQLException {
        Object bonus = rs.getObject("bonus_vnd");
        return new AwardDecision.Recipient(rs.getLong("nominee_id"), rs.getLong("dossier_id"), rs.getString("code"),
                rs.getString("unit_code"), rs.getInt("position_no"), NomineeKind.valueOf(rs.getString("kind")),
                rs.getString("full_name"), rs.getString("job_title"), rs.getString("unit_name"),
                bonus == null ? null : ((Number) bonus).longValue());
    }
}
