package vn.khenthuong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** V50 fills the statistics' columns of the entries recorded before it, where the nominee is known. */
class RegistryStatisticsMigrationH2Test {

    @Test
    void entriesOfKnownNomineesGetTheirFlagsMovementBonusAndFundAndForwardedNomineesAnEntry() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        migrate(dataSource, "39");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into organisation (code, name, level, kind) values ('tinh', 'Tỉnh Mẫu', 'PROVINCE', 'PROVINCE')").update();
        jdbc.sql("insert into organisation (code, name, level, kind, parent_code) values ('huyen', 'Huyện Mẫu', 'DISTRICT', 'DISTRICT', 'tinh')").update();
        jdbc.sql("insert into organisation (code, name, level, kind, parent_code) values ('truong', 'Trường Mẫu', 'UNIT', 'UNIT', 'huyen')").update();
        long decided = dossier(jdbc, "LDTT", "DECIDED");
        long person = nominee(jdbc, decided, "INDIVIDUAL", "Người Một", true, false, "DECIDED");
        long team = nominee(jdbc, decided, "COLLECTIVE", "Tổ Một", false, true, "DECIDED");
        long forwarded = dossier(jdbc, "HC_LD", "FORWARDED");
        long proposed = nominee(jdbc, forwarded, "INDIVIDUAL", "Người Hai", true, false, "APPROVED");
        entry(jdbc, decided, person, "INDIVIDUAL", "DECISION");
        entry(jdbc, decided, team, "COLLECTIVE", "DECISION");
        jdbc.sql("""
                insert into award_decision (id, issuing_body, award_code, achievement, status, created_by, created_at)
                values (1, 'huyen', 'LDTT', 'thành tích', 'SIGNED', 'noivu', current_timestamp)""").update();
        jdbc.sql("insert into decision_recipient (decision_id, nominee_id, dossier_id, position_no, bonus_vnd) values (1, ?, ?, 1, 710000)")
                .params(person, decided).update();

        migrate(dataSource, "50");

        List<Map<String, Object>> rows = jdbc.sql("""
                select full_name, source, small_collective, direct_worker, forwarded_to_state, movement, bonus_vnd, funding_source
                from registry_entry order by id""").query().listOfRows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("DIRECT_WORKER", true).containsEntry("SMALL_COLLECTIVE", false)
                .containsEntry("MOVEMENT", "Dạy tốt, học tốt").containsEntry("BONUS_VND", 710_000L)
                .containsEntry("FUNDING_SOURCE", "Quỹ thi đua, khen thưởng huyện Mẫu");
        assertThat(rows.get(1)).containsEntry("SMALL_COLLECTIVE", true).containsEntry("DIRECT_WORKER", false)
                .containsEntry("BONUS_VND", null);
        assertThat(rows.get(2)).containsEntry("FULL_NAME", "Người Hai").containsEntry("FORWARDED_TO_STATE", true)
                .containsEntry("DIRECT_WORKER", true).containsEntry("SOURCE", "APPROVAL");
    }

    private static void migrate(DriverManagerDataSource dataSource, String version) {
        Flyway.configure().dataSource(dataSource).placeholders(Map.of("blob_type", "blob")).target(version).load().migrate();
    }

    private static long dossier(JdbcClient jdbc, String award, String status) {
        jdbc.sql("""
                insert into dossier (unit_code, award_code, period_year, movement, status, created_by, created_at, updated_at,
                closed_at) values ('truong', ?, 2025, 'Dạy tốt, học tốt', ?, 'thuky', current_timestamp, current_timestamp,
                current_timestamp)""").params(award, status).update();
        return jdbc.sql("select max(id) from dossier").query(Long.class).single();
    }

    private static long nominee(JdbcClient jdbc, long dossier, String kind, String name, boolean direct, boolean small,
            String status) {
        jdbc.sql("""
                insert into nominee (dossier_id, position_no, kind, full_name, cccd, collective_code, direct_worker,
                small_collective, status) values (?, 1, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossier, kind, name, kind.equals("INDIVIDUAL") ? "004190000" + name.length() : null,
                        kind.equals("COLLECTIVE") ? "to-mot" : null, direct, small, status).update();
        return jdbc.sql("select max(id) from nominee").query(Long.class).single();
    }

    private static void entry(JdbcClient jdbc, long dossier, long nominee, String kind, String source) {
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, collective_code, full_name, unit_code, award_code, award_year,
                source, dossier_id, nominee_id, created_at) select ?, n.cccd, n.collective_code, n.full_name, 'truong', 'LDTT',
                2025, ?, ?, ?, current_timestamp from nominee n where n.id = ?""")
                .params(kind, source, dossier, nominee, nominee).update();
    }
}
