package vn.khenthuong.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;

/** The audit chain on PostgreSQL: intact after real work, broken by a row changed behind the application's back. */
@PostgresIntegrationTest
class AuditChainIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void chainIsIntactAfterWorkAndAnAlteredRowIsFound() {
        long id = createDraft();
        JsonNode events = http.withBasicAuth("kiemtra", "demo")
                .getForObject("/api/audit/dossiers/" + id, JsonNode.class);
        assertThat(events.findValuesAsText("eventType")).containsExactly("DOSSIER_CREATED");
        assertThat(events.get(0).get("actor").asText()).isEqualTo("thuky.hoachung");
        assertThat(events.get(0).get("orgCode").asText()).isEqualTo("thhoachung");
        assertThat(events.get(0).get("payload").asText()).contains("Nguyễn Thị Kiểm");

        JsonNode intact = verify();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("recordsChecked").asLong()).isPositive();

        long eventId = events.get(0).get("id").asLong();
        String original = jdbc.sql("select payload from audit_event where id = ?").param(eventId).query(String.class).single();
        jdbc.sql("update audit_event set payload = ? where id = ?")
                .params(original.replace("Nguyễn Thị Kiểm", "Nguyễn Thị Khác"), eventId).update();
        try {
            JsonNode broken = verify();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenId").asLong()).isEqualTo(eventId);
            assertThat(broken.get("message").asText()).contains("đã bị sửa");
        } finally {
            jdbc.sql("update audit_event set payload = ? where id = ?").params(original, eventId).update();
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void onlyAuditorsReadTheLog() {
        assertThat(http.withBasicAuth("noivu.tpcb", "demo").getForEntity("/api/audit/verify", String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth("thuky.hoachung", "demo").getForEntity("/api/audit/verify", String.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    private JsonNode verify() {
        return http.withBasicAuth("kiemtra", "demo").getForObject("/api/audit/verify", JsonNode.class);
    }

    private long createDraft() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = """
                {"awardCode": "LDTT", "periodYear": 2026, "nominees": [{"kind": "INDIVIDUAL",
                 "fullName": "Nguyễn Thị Kiểm", "cccd": "004190123456", "birthDate": "1990-01-01",
                 "dutyRating": "HTT", "monthsOfService": 12}]}""";
        JsonNode created = http.withBasicAuth("thuky.hoachung", "demo").exchange("/api/dossiers", HttpMethod.POST,
                new HttpEntity<>(body, headers), JsonNode.class).getBody();
        return created.get("id").asLong();
    }
}
