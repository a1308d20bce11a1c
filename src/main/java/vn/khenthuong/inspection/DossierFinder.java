package vn.khenthuong.inspection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.kernel.AccentFolding;
import vn.khenthuong.kernel.CleanText;

/** The SQL of the auditor's search, on H2 and PostgreSQL alike; every dossier, whatever its unit. */
final class DossierFinder {

    /** One dossier found, before codes become names. */
    record Found(long id, String code, String unitCode, String awardCode, int year, DossierStatus status,
            List<String> nominees, List<String> decisionNumbers) {
    }

    /** The query for the criteria: SQL with named parameters. */
    record Query(String sql, Map<String, Object> params) {
    }

    private final JdbcClient jdbc;

    DossierFinder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Newest first, at most {@code limit}. {@code districtUnits} are the units of the district searched
     * for (null when no district is given).
     */
    List<Found> find(SearchCriteria c, Collection<String> districtUnits, int limit) {
        return find(c, districtUnits, null, limit);
    }

    /** The same, continuing under the dossier {@code before} (the last one of the page before), if given. */
    List<Found> find(SearchCriteria c, Collection<String> districtUnits, Long before, int limit) {
        Query query = query(c, districtUnits, before, limit);
        Map<Long, Found> found = new LinkedHashMap<>();
        jdbc.sql(query.sql()).params(query.params()).query((rs, n) -> new Found(rs.getLong("id"), rs.getString("code"),
                rs.getString("unit_code"), rs.getString("award_code"), rs.getInt("period_year"),
                DossierStatus.valueOf(rs.getString("status")), new ArrayList<>(), new ArrayList<>()))
                .list().forEach(f -> found.put(f.id(), f));
        if (!found.isEmpty()) {
            jdbc.sql("select dossier_id, full_name from nominee where dossier_id in (:ids) order by dossier_id, position_no, id")
                    .param("ids", found.keySet())
                    .query((rs, n) -> found.get(rs.getLong(1)).nominees().add(rs.getString(2))).list();
            jdbc.sql("""
                    select distinct dossier_id, decision_number from registry_entry
                    where dossier_id in (:ids) and decision_number is not null order by dossier_id, decision_number""")
                    .param("ids", found.keySet())
                    .query((rs, n) -> found.get(rs.getLong(1)).decisionNumbers().add(rs.getString(2))).list();
        }
        return List.copyOf(found.values());
    }

    static Query query(SearchCriteria c, Collection<String> districtUnits, Long before, int limit) {
        StringBuilder sql = new StringBuilder(
                "select d.id, d.code, d.unit_code, d.award_code, d.period_year, d.status from dossier d where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (c.code() != null) {
            sql.append(" and lower(d.code) like :code escape '!'");
            params.put("code", "%" + escapeLike(c.code().toLowerCase(Locale.ROOT)) + "%");
        }
        if (c.unit() != null) {
            sql.append(" and d.unit_code = :unit");
            params.put("unit", c.unit());
        }
        if (districtUnits != null) {
            if (districtUnits.isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and d.unit_code in (:districtUnits)");
                params.put("districtUnits", districtUnits);
            }
        }
        if (c.award() != null) {
            sql.append(" and d.award_code = :award");
            params.put("award", c.award());
        }
        if (c.year() != null) {
            sql.append(" and d.period_year = :year");
            params.put("year", c.year());
        }
        if (c.status() != null) {
            sql.append(" and d.status = :status");
            params.put("status", c.status().name());
        }
        if (c.cccd() != null) {
            sql.append(" and exists (select 1 from nominee n where n.dossier_id = d.id and n.cccd = :cccd)");
            params.put("cccd", c.cccd());
        }
        if (c.name() != null) {
            sql.append(" and exists (select 1 from nominee n where n.dossier_id = d.id and ")
                    .append(AccentFolding.sql("n.full_name")).append(" like :name escape '!')");
            params.put("name", "%" + escapeLike(CleanText.fold(c.name())) + "%");
            params.put("marked", AccentFolding.MARKED);
            params.put("plain", AccentFolding.PLAIN);
        }
        if (c.decisionNumber() != null) {
            // "123/QĐ-UBND" exactly, or "123" for every decision numbered 123 whatever its symbol. Numbers below 10
            // are printed "01/QĐ-UBND" (Decree 30/2020), but earlier decisions and imported history are stored as
            // "1/QĐ-UBND", as their signed files read: leading zeros count on neither side
            String number = "trim(leading '0' from r.decision_number)";
            sql.append(" and exists (select 1 from registry_entry r where r.dossier_id = d.id and (").append(number)
                    .append(" = :decision or ").append(number).append(" like :decisionPrefix escape '!'))");
            String wanted = withoutLeadingZeros(c.decisionNumber());
            params.put("decision", wanted);
            params.put("decisionPrefix", escapeLike(wanted) + "/%");
        }
        if (c.actor() != null) {
            sql.append(" and exists (select 1 from audit_event a where a.dossier_id = d.id and a.actor = :actor)");
            params.put("actor", c.actor());
        }
        if (before != null) {
            sql.append(" and d.id < :before");
            params.put("before", before);
        }
        sql.append(" order by d.id desc fetch first ").append(limit).append(" rows only");
        return new Query(sql.toString(), params);
    }

    /** "01/QĐ-UBND" and "1/QĐ-UBND" both become "1/QĐ-UBND"; a lone "0" stays, so that it finds nothing. */
    static String withoutLeadingZeros(String decisionNumber) {
        return decisionNumber.replaceFirst("^0+(?=\\d)", "");
    }

    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
