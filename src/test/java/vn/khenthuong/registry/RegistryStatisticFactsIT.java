package vn.khenthuong.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.ApprovedDossiers;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;

/**
 * What the statistics count reaches the registry from the process itself: the nominee's flags and the
 * movement at approval, the bonus and its fund at signing, and the forwarding of a state award.
 */
@PostgresIntegrationTest
class RegistryStatisticFactsIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcClient jdbc;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    @Test
    void approvalRecordsTheFlagsAndMovementAndTheSignedDecisionTheBonusAndItsFund() {
        String worker = "Hà Văn Cường " + ThreadLocalRandom.current().nextInt(100, 1000);
        JsonNode approved = ApprovedDossiers.atDistrict(api, engine, worker);
        long nomineeId = ApprovedDossiers.nomineeId(approved, worker);
        assertThat(facts(nomineeId)).containsEntry("direct_worker", true).containsEntry("small_collective", false)
                .containsEntry("forwarded_to_state", false).containsEntry("movement", "Dạy tốt, học tốt")
                .containsEntry("bonus_vnd", null).containsEntry("funding_source", null);

        ResponseEntity<JsonNode> opened = api.post(ApprovedDossiers.STAFF, "/api/decisions", Map.of("awardCode", "LDTT",
                "nomineeIds", List.of(nomineeId), "achievement", "đã hoàn thành xuất sắc nhiệm vụ năm học 2024 - 2025"));
        assertThat(opened.getStatusCode().value()).as(String.valueOf(opened.getBody())).isEqualTo(201);
        engine.work(ApprovedDossiers.CHAIRMAN, "QD-" + opened.getBody().get("id").asLong(), "reviewDraft",
                Map.of("decisionOutcome", "SIGN"));

        assertThat(facts(nomineeId)).containsEntry("source", "DECISION").containsEntry("bonus_vnd", 710_000L)
                .containsEntry("funding_source", "Quỹ thi đua, khen thưởng thành phố Cao Bằng")
                .containsEntry("direct_worker", true);
    }

    @Test
    void aSmallCollectiveIsRecordedAsSmall() {
        String code = "to-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        ObjectNode team = DossierApiClient.collective("Tổ Tiếng Việt " + code, code);
        team.put("smallCollective", true);
        JsonNode approved = ApprovedDossiers.forAward(api, engine, "TT_LDTT", team);

        assertThat(facts(ApprovedDossiers.nomineeId(approved, "Tổ Tiếng Việt " + code)))
                .containsEntry("small_collective", true).containsEntry("direct_worker", false);
    }

    @Test
    void aStateAwardForwardedByTheProvinceIsRecordedAsForwardedWithoutADecision() {
        String name = "Lục Thị Hằng " + ThreadLocalRandom.current().nextInt(100, 1000);
        JsonNode created = api.created("thuky.kbnn", DossierApiClient.dossier(null, "HC_LD",
                DossierApiClient.excellentWithTwoInitiatives(name)));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments("thuky.kbnn", id);
        api.submit("thuky.kbnn", id, null);
        engine.approve("bantdkt", code, "provinceAppraisal");
        engine.vote("hoidong.tinh", code, "provinceCouncil", 15, 15, Map.of(name, 15));
        engine.approve("chutich.tinh", code, "provinceChairman");

        JsonNode forwarded = api.get("thuky.kbnn", "/api/dossiers/" + id).getBody();
        assertThat(forwarded.get("status").asText()).isEqualTo("FORWARDED");
        assertThat(facts(ApprovedDossiers.nomineeId(forwarded, name))).containsEntry("forwarded_to_state", true)
                .containsEntry("source", "APPROVAL").containsEntry("decision_number", null)
                .containsEntry("decided_by", null).containsEntry("award_code", "HC_LD");
    }

    private Map<String, Object> facts(long nomineeId) {
        return jdbc.sql("""
                select source, award_code, decision_number, decided_by, small_collective, direct_worker, forwarded_to_state,
                movement, bonus_vnd, funding_source from registry_entry where nominee_id = ?""")
                .param(nomineeId).query().singleRow();
    }
}
