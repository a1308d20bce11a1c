package vn.khenthuong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * What an operator and a load balancer see: health for everyone (details for administrators), liveness
 * and readiness with the database and the job executor, Prometheus metrics for administrators only.
 */
@PostgresIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OperationsIT {

    @Autowired
    TestRestTemplate rest;

    @Test
    void healthIsOpenWithoutDetailsAndReadinessCountsTheDatabaseAndTheJobExecutor() {
        ResponseEntity<JsonNode> anyone = rest.getForEntity("/actuator/health/readiness", JsonNode.class);
        assertThat(anyone.getStatusCode().value()).isEqualTo(200);
        assertThat(anyone.getBody().get("status").asText()).isEqualTo("UP");
        assertThat(anyone.getBody().has("components")).as("no details for the anonymous").isFalse();
        assertThat(rest.getForEntity("/actuator/health/liveness", JsonNode.class).getBody().get("status").asText())
                .isEqualTo("UP");

        JsonNode admin = rest.withBasicAuth("admin", TestAccounts.PASSWORD)
                .getForEntity("/actuator/health/readiness", JsonNode.class).getBody();
        assertThat(admin.get("components").fieldNames()).toIterable()
                .contains("db", "jobExecutor", "processEngine", "readinessState");
        assertThat(admin.get("components").get("db").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void metricsAreForAdministratorsOnly() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("noivu.tpcb", TestAccounts.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("kiemtra", TestAccounts.PASSWORD)
                .getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> scrape = rest.withBasicAuth("admin", TestAccounts.PASSWORD)
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode().value()).isEqualTo(200);
        assertThat(scrape.getBody()).contains("hikaricp_connections_active", "http_server_requests_seconds",
                "camunda_tasks_open", "camunda_jobs_due", "camunda_jobs_failed", "camunda_incidents_open",
                "khenthuong_decision_signing_seconds", "jvm_memory_used_bytes");
    }

    @Test
    void logLinesOfARequestNameTheAccountAndTheDossier(CapturedOutput output) {
        DossierApiClient api = new DossierApiClient(rest);
        JsonNode created = api.createDraft("thuky.hoachung", "LDTT");
        api.attachMissingDocuments("thuky.hoachung", created.get("id").asLong());
        api.submit("thuky.hoachung", created.get("id").asLong(), null);

        String code = created.get("code").asText();
        assertThat(output.getAll().lines().filter(l -> l.contains("Trình hồ sơ để xét")).toList())
                .anySatisfy(line -> assertThat(line).contains("[thuky.hoachung] [" + code + "]"));
        assertThat(output.getAll().lines().filter(l -> l.contains("Trình hồ sơ để xét") && !l.contains("thuky.")))
                .as("the demo data written at start-up leaves no dossier on the main thread")
                .allSatisfy(line -> assertThat(line).contains("[] []"));
    }
}
