package vn.khenthuong.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import static vn.khenthuong.testsupport.DossierApiClient.assertHeldBy;
import static vn.khenthuong.testsupport.DossierApiClient.dossier;
import static vn.khenthuong.testsupport.DossierApiClient.excellentWithTwoInitiatives;
import static vn.khenthuong.testsupport.DossierApiClient.individual;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.testsupport.DossierApiClient;
import vn.khenthuong.testsupport.EngineRestClient;
import vn.khenthuong.testsupport.TestAccounts;

/**
 * A province after the 2025 reform, with no district: units submit to their commune, whose chairman
 * decides the awards a district chairman used to. Set up by data alone, as an administrator would:
 * the organisations through our API, the people through Camunda's identity service.
 */
@PostgresIntegrationTest
class TwoLevelProvinceIT {

    private static final String SECRETARY = "thuky.phuluong";
    private static final String COMMUNE_REVIEWER = "thamdinh.phuluong";
    private static final String COMMUNE_COUNCIL = "hoidong.phuluong";
    private static final String COMMUNE_CHAIRMAN = "chutich.phuluong";
    private static final String PROVINCE_REVIEWER = "bantdkt.thainguyen";
    private static final String PROVINCE_COUNCIL = "hoidong.thainguyen";
    private static final String PROVINCE_CHAIRMAN = "chutich.thainguyen";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;

    private DossierApiClient api;
    private EngineRestClient engine;

    @BeforeAll
    static void registerThaiNguyenWithACommuneAndASchool(@Autowired TestRestTemplate rest,
            @Autowired IdentityService identityService) {
        DossierApiClient admin = new DossierApiClient(rest);
        register(admin, Map.of("code", "thainguyen", "name", "Tỉnh Thái Nguyên", "kind", "PROVINCE"));
        register(admin, Map.of("code", "xaphuluong", "name", "Xã Phú Lương", "kind", "COMMUNE", "parentCode", "thainguyen"));
        register(admin, Map.of("code", "thcsphuluong", "name", "Trường THCS Phú Lương", "kind", "UNIT",
                "parentCode", "xaphuluong"));

        person(identityService, SECRETARY, "thcsphuluong-thuky");
        person(identityService, COMMUNE_REVIEWER, "xaphuluong-thamdinh");
        person(identityService, COMMUNE_COUNCIL, "xaphuluong-hoidong");
        person(identityService, COMMUNE_CHAIRMAN, "xaphuluong-chutich");
        person(identityService, PROVINCE_REVIEWER, "thainguyen-thamdinh");
        person(identityService, PROVINCE_COUNCIL, "thainguyen-hoidong");
        person(identityService, PROVINCE_CHAIRMAN, "thainguyen-chutich");
    }

    @BeforeEach
    void clients() {
        api = new DossierApiClient(rest);
        engine = new EngineRestClient(rest);
    }

    @Test
    void theCommunesBodiesAreNamedAsACommuneNamesThem() {
        assertThat(identityService.createGroupQuery().groupId("xaphuluong-thamdinh").singleResult().getName())
                .isEqualTo("Văn phòng HĐND và UBND - Xã Phú Lương");
        assertThat(identityService.createGroupQuery().groupId("xaphuluong-hoidong").singleResult().getName())
                .isEqualTo("Hội đồng Thi đua - Khen thưởng - Xã Phú Lương");
    }

    @Test
    void aDistrictLevelAwardIsReviewedAndApprovedByTheCommune() {
        JsonNode draft = api.created(SECRETARY, dossier(null, "LDTT", individual("Dương Văn Lâm")));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);

        assertHeldBy(api.submit(SECRETARY, id, null), "districtCheck", "xaphuluong-thamdinh");
        assertThat(engine.tasks("noivu.tpcb", code)).as("Cao Bằng's people never see it").isEmpty();
        assertThat(engine.tasks("bantdkt", code)).isEmpty();
        engine.approve(COMMUNE_REVIEWER, code, "districtCheck");
        engine.vote(COMMUNE_COUNCIL, code, "districtCouncil", 7, 6, Map.of("Dương Văn Lâm", 5));
        engine.approve(COMMUNE_CHAIRMAN, code, "districtChairman");

        JsonNode decided = api.get(SECRETARY, "/api/dossiers/" + id).getBody();
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decidingLevel").asText()).isEqualTo("DISTRICT");
        assertThat(decided.get("reachedProvince").asBoolean()).isFalse();
        assertThat(decided.get("currentSteps")).isEmpty();
        JsonNode registered = api.get(PROVINCE_REVIEWER, "/api/registry?cccd="
                + decided.get("nominees").get(0).get("cccd").asText()).getBody();
        assertThat(registered.findValuesAsText("decidedBy")).containsExactly("Chủ tịch UBND Xã Phú Lương");
        assertThat(api.get("bantdkt", "/api/dossiers/" + id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aProvincialAwardGoesFromTheCommuneToTheProvince() {
        JsonNode draft = api.created(SECRETARY, dossier(null, "BK_T", excellentWithTwoInitiatives("Ma Thị Hạnh")));
        long id = draft.get("id").asLong();
        String code = draft.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);

        assertHeldBy(api.submit(SECRETARY, id, null), "districtCheck", "xaphuluong-thamdinh");
        engine.approve(COMMUNE_REVIEWER, code, "districtCheck");
        engine.vote(COMMUNE_COUNCIL, code, "districtCouncil", 7, 7, Map.of("Ma Thị Hạnh", 7));
        assertThat(api.get(PROVINCE_REVIEWER, "/api/dossiers/" + id).getStatusCode().value())
                .as("not yet sent to the province").isEqualTo(404);
        engine.approve(COMMUNE_CHAIRMAN, code, "districtChairman");

        JsonNode atProvince = api.get(PROVINCE_REVIEWER, "/api/dossiers/" + id).getBody();
        assertThat(atProvince.get("reachedProvince").asBoolean()).isTrue();
        assertHeldBy(atProvince, "provinceAppraisal", "thainguyen-thamdinh");
        assertThat(engine.tasks("bantdkt", code)).as("the other province's board").isEmpty();
        engine.approve(PROVINCE_REVIEWER, code, "provinceAppraisal");
        engine.vote(PROVINCE_COUNCIL, code, "provinceCouncil", 11, 10, Map.of("Ma Thị Hạnh", 9));
        engine.approve(PROVINCE_CHAIRMAN, code, "provinceChairman");

        JsonNode decided = api.get(SECRETARY, "/api/dossiers/" + id).getBody();
        assertThat(decided.get("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.get("decidingLevel").asText()).isEqualTo("PROVINCE");
        assertThat(decided.get("currentSteps")).isEmpty();
        JsonNode registered = api.get(PROVINCE_REVIEWER, "/api/registry?cccd="
                + decided.get("nominees").get(0).get("cccd").asText()).getBody();
        assertThat(registered.findValuesAsText("decidedBy")).containsExactly("Chủ tịch UBND Tỉnh Thái Nguyên");
    }

    @Test
    void registeringAnOrganisationCreatesTheGroupsOfItsRoles() {
        assertThat(identityService.createGroupQuery().groupIdIn("xaphuluong-thamdinh", "xaphuluong-hoidong",
                "xaphuluong-chutich", "thcsphuluong-thuky", "thainguyen-thamdinh", "thainguyen-hoidong",
                "thainguyen-chutich", "thainguyen-kiemtra").count()).isEqualTo(8);
        JsonNode tree = api.get("admin", "/api/organisations").getBody();
        assertThat(tree.findValuesAsText("code")).contains("thainguyen", "xaphuluong", "thcsphuluong");
    }

    private static void register(DossierApiClient admin, Map<String, String> organisation) {
        ResponseEntity<JsonNode> created = admin.post("admin", "/api/organisations", organisation);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
    }

    private static void person(IdentityService identityService, String userId, String groupId) {
        User user = identityService.newUser(userId);
        user.setFirstName(userId);
        user.setLastName("(Thái Nguyên)");
        user.setPassword(TestAccounts.PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(userId, groupId);
    }
}
