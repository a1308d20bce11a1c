package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.individual;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;

/**
 * A school proposing a hundred teachers at once goes through review on PostgreSQL: the texts Tasklist
 * shows and the council's ballot stay within what Camunda keeps in a variable (4,000 characters).
 */
@PostgresIntegrationTest
class LargeDossierIT {

    private static final int TEACHERS = 100;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aHundredNomineesAreReviewedAndVotedOn() {
        DossierApiClient api = new DossierApiClient(rest);
        EngineRestClient engine = new EngineRestClient(rest);
        ObjectNode[] teachers = new ObjectNode[TEACHERS];
        for (int i = 0; i < TEACHERS; i++) {
            teachers[i] = individual("Nguyễn Thị Thu Hương Giáo Viên Số " + (i + 1));
            teachers[i].put("jobTitle", "Giáo viên chủ nhiệm, Tổ trưởng chuyên môn Tổ Ngữ văn - Lịch sử - Địa lý");
        }
        JsonNode created = api.created("thuky.hoachung", dossier(null, "LDTT", teachers));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments("thuky.hoachung", id);

        JsonNode submitted = api.submit("thuky.hoachung", id, null);

        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        String checkTask = engine.task("noivu.tpcb", code, "districtCheck").get("id").asText();
        String summary = engine.get("noivu.tpcb", "/task/" + checkTask + "/variables/dossierSummary").getBody()
                .get("value").asText();
        assertThat(summary).contains("**Nguyễn Thị Thu Hương Giáo Viên Số 1**", "xem đầy đủ trên [trang hồ sơ](/ho-so/" + id + ")");
        engine.approve("noivu.tpcb", code, "districtCheck");

        String councilTask = engine.task("hoidong.tpcb", code, "districtCouncil").get("id").asText();
        StringBuilder filled = new StringBuilder();
        for (JsonNode row : engine.ballot("hoidong.tpcb", councilTask)) {
            filled.append(row.get("name").asText()).append(" (mã ").append(row.get("nomineeId").asLong()).append("): 9\n");
        }
        assertThat(filled.toString().lines()).hasSize(TEACHERS);
        engine.work("hoidong.tpcb", code, "districtCouncil", Map.of("outcome", "APPROVE", "membersTotal", 9,
                "membersPresent", 9, "votesText", filled.toString()));

        assertThat(engine.task("chutich.tpcb", code, "districtChairman")).isNotNull();
    }
}
