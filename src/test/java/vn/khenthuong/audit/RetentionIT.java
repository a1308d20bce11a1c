package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.PostgresIntegrationTest;

/** History cleanup runs, and the history of an ended dossier stays for the 20 years the models set. */
@PostgresIntegrationTest
class RetentionIT {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void cleanupLeavesTheHistoryOfEndedDossiers() {
        String code = "HS-RET-" + System.nanoTime();
        long dossierId = jdbc.sql("""
                insert into dossier (code, unit_code, award_code, period_year, status, created_by, created_at, updated_at)
                values (?, 'kbnn', 'BK_T', 2026, 'SUBMITTED', 'thuky.kbnn', current_timestamp, current_timestamp)""")
                .param(code).update() > 0
                ? jdbc.sql("select id from dossier where code = ?").param(code).query(Long.class).single() : -1;
        runtimeService.startProcessInstanceByKey("nomination", code,
                java.util.Map.of("dossierId", dossierId, "dossierCode", code, "submittedBy", "thuky.kbnn"));
        runtimeService.createMessageCorrelation("DossierWithdrawn").processInstanceBusinessKey(code)
                .setVariable("withdrawReason", "Thử lưu trữ").correlate();

        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(code).singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        assertThat(ended.getRemovalTime()).isNotNull();
        assertThat(Duration.between(ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()).toDays())
                .isCloseTo(7300L, within(1L));

        Job cleanup = historyService.cleanUpHistoryAsync(true);
        try {
            managementService.executeJob(cleanup.getId());
        } catch (OptimisticLockingException e) {
            // the job executor picked the same cleanup job up at the same moment: it ran all the same
        }

        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(code).count()).isOne();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count())
                .isGreaterThan(3);
        assertThat(jdbc.sql("select status from dossier where id = ?").param(dossierId).query(String.class).single())
                .isEqualTo("WITHDRAWN");
        assertThat(ChronoUnit.DAYS.between(ended.getEndTime().toInstant(), ended.getRemovalTime().toInstant()))
                .isGreaterThanOrEqualTo(20 * 365);
    }
}
