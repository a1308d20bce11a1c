package vn.khenthuong.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.VietnamTime;

@Repository
class RegistryRepository {

    static final int SEARCH_LIMIT = 500;

    private static final String SELECT = """
            select id, subject_kind, cccd, collective_code, full_name, unit_code, award_code, award_year, period_from,
            period_to, merit_kind, decision_number, decision_date, decided_by, source, dossier_id, nominee_id,
            created_by, created_at from registry_entry""";

    private static final String INSERT = """
            insert into registry_entry (subject_kind, cccd, collective_code, full_name, unit_code, award_code,
            award_year, period_from, period_to, merit_kind, decision_number, decision_date, decided_by, source,
            dossier_id, nominee_id, created_by, created_at, search_name)
            values\s""";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** An entry recorded from a dossier carries what the statistics count. */
    private static final String INSERT_WITH_FACTS = INSERT.replace("search_name)",
            "search_name, small_collective, direct_worker, forwarded_to_state, movement)");
    private static final String ROW_WITH_FACTS = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_IMPORTED = INSERT.replace("search_name)",
            "search_name, small_collective, direct_worker, movement, bonus_vnd, funding_source)");
    private static final String ROW_IMPORTED = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;

    RegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RegistryEntry> ofSubject(SubjectKind kind, String key) {
        String column = kind == SubjectKind.INDIVIDUAL ? "cccd" : "collective_code";
        return jdbc.sql(SELECT + " where subject_kind = ? and " + column + " = ? order by award_year, id")
                .params(kind.name(), key).query((rs, n) -> entry(rs)).list();
    }

    /** Every filter given must match; {@code onlyUnits} (when not null) limits to entries of those units. */
    List<RegistryEntry> search(String cccd, String unitCode, String foldedName, Collection<String> onlyUnits) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (cccd != null) {
            conditions.add("cccd = ?");
            params.add(cccd);
        }
        if (unitCode != null) {
            conditions.add("unit_code = ?");
            params.add(unitCode);
        }
        if (foldedName != null) {
            // % and _ typed in a name are letters to find, not wildcards
            String containing = "%" + foldedName.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
            conditions.add("(search_name like ? escape '!' or (search_name is null and lower(full_name) like ? escape '!'))");
            params.add(containing);
            params.add(containing);
        }
        if (onlyUnits != null) {
            if (onlyUnits.isEmpty()) {
                return List.of();
            }
            conditions.add("unit_code in (" + String.join(", ", onlyUnits.stream().map(u -> "?").toList()) + ")");
            params.addAll(onlyUnits);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql(SELECT + where + " order by award_year desc, full_name, id fetch first " + SEARCH_LIMIT + " rows only")
                .params(params).query((rs, n) -> entry(rs)).list();
    }

    int count(String unitCode, String awardCode, int year) {
        return jdbc.sql("select count(*) from registry_entry where unit_code = ? and award_code = ? and award_year = ?")
                .params(unitCode, awardCode, year).query(Integer.class).single();
    }

    /** What makes an entry the same as another: subject, award and year. */
    static String key(RegistryEntry e) {
        return e.subjectKind() + "|" + e.subjectKey() + "|" + e.awardCode() + "|" + e.awardYear();
    }

    /**
     * The {@link #key}s among these entries' that the registry already holds, in two queries whatever their
     * number, each with whether it is a proposal forwarded to the State still waiting for the State's decision.
     */
    Map<String, Boolean> existingKeys(List<RegistryEntry> entries) {
        Map<String, Boolean> keys = new HashMap<>();
        for (SubjectKind kind : SubjectKind.values()) {
            Set<String> subjects = entries.stream().filter(e -> e.subjectKind() == kind).map(RegistryEntry::subjectKey)
                    .collect(Collectors.toSet());
            if (!subjects.isEmpty()) {
                String column = kind == SubjectKind.INDIVIDUAL ? "cccd" : "collective_code";
                jdbc.sql("select " + column + ", award_code, award_year, case when forwarded_to_state and decision_number"
                                + " is null then 1 else 0 end from registry_entry where subject_kind = :kind and "
                                + column + " in (:subjects)")
                        .param("kind", kind.name()).param("subjects", subjects)
                        .query((rs, n) -> Map.entry(kind + "|" + rs.getString(1) + "|" + rs.getString(2) + "|"
                                + rs.getInt(3), rs.getInt(4) == 1))
                        .list().forEach(e -> keys.merge(e.getKey(), e.getValue(), Boolean::logicalAnd));
            }
        }
        return keys;
    }

    /** The State's decision for a proposal forwarded to it: the entry gets the decision, nothing else changes. */
    boolean completeForwarded(ImportedEntry row) {
        RegistryEntry e = row.entry();
        String column = e.subjectKind() == SubjectKind.INDIVIDUAL ? "cccd" : "collective_code";
        return jdbc.sql("update registry_entry set decision_number = ?, decision_date = ?, decided_by = ?,"
                        + " bonus_vnd = coalesce(?, bonus_vnd), funding_source = coalesce(?, funding_source)"
                        + " where subject_kind = ? and " + column + " = ? and award_code = ? and award_year = ?"
                        + " and forwarded_to_state and decision_number is null")
                .params(e.decisionNumber(), e.decisionDate(), e.decidedBy(), row.bonusVnd(), row.fundingSource(),
                        e.subjectKind().name(), e.subjectKey(), e.awardCode(), e.awardYear())
                .update() > 0;
    }

    long insert(RegistryEntry e, String searchName) {
        return insert(e, searchName, EntryFacts.UNKNOWN);
    }

    long insert(RegistryEntry e, String searchName, EntryFacts facts) {
        KeyHolder keys = new GeneratedKeyHolder();
        List<Object> values = new ArrayList<>(values(e, searchName));
        values.addAll(List.of(facts.smallCollective(), facts.directWorker(), facts.forwardedToState()));
        values.add(facts.movement());
        jdbc.sql(INSERT_WITH_FACTS + ROW_WITH_FACTS).params(values).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Stores imported entries (their text already clean) with what the file says of them, in one statement of
     * many rows, without reading back their ids: ten times faster on PostgreSQL than a JDBC batch of single-row
     * inserts.
     */
    void insertAll(List<ImportedEntry> rows) {
        if (!rows.isEmpty()) {
            jdbc.sql(INSERT_IMPORTED + String.join(", ", Collections.nCopies(rows.size(), ROW_IMPORTED)))
                    .params(rows.stream().flatMap(r -> imported(r).stream()).toList())
                    .update();
        }
    }

    private static List<Object> imported(ImportedEntry row) {
        List<Object> values = new ArrayList<>(values(row.entry(), CleanText.fold(row.entry().fullName())));
        values.addAll(Arrays.asList(row.smallCollective(), row.directWorker(), row.movement(), row.bonusVnd(),
                row.fundingSource()));
        return values;
    }

    private static List<Object> values(RegistryEntry e, String searchName) {
        return Arrays.asList(e.subjectKind().name(), e.cccd(), e.collectiveCode(), e.fullName(), e.unitCode(),
                e.awardCode(), e.awardYear(), e.periodFrom(), e.periodTo(), e.meritKind().name(), e.decisionNumber(),
                e.decisionDate(), e.decidedBy(), e.source().name(), e.dossierId(), e.nomineeId(), e.createdBy(),
                e.createdAt() == null ? VietnamTime.now() : e.createdAt(), searchName);
    }

    private static RegistryEntry entry(ResultSet rs) throws SQLException {
        return new RegistryEntry(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("cccd"),
                rs.getString("collective_code"), rs.getString("full_name"), rs.getString("unit_code"),
                rs.getString("award_code"), rs.getInt("award_year"), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), MeritKind.valueOf(rs.getString("merit_kind")),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("decided_by"), RegistrySource.valueOf(rs.getString("source")),
                rs.getObject("dossier_id", Long.class), rs.getObject("nominee_id", Long.class),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    int attachDecision(long nomineeId, DecisionFacts decision) {
        return jdbc.sql("""
                update registry_entry set decision_number = ?, decision_date = ?, decided_by = ?, bonus_vnd = ?,
                funding_source = ?, source = 'DECISION'
                where nominee_id = ? and source = 'APPROVAL'""")
                .params(decision.number(), decision.date(), decision.decidedBy(), decision.bonusVnd(),
                        decision.fundingSource(), nomineeId).update();
    }
}
