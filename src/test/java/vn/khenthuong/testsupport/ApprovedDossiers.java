package vn.khenthuong.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Dossiers taken through the district's review by the demo accounts, for the ITs of decisions. */
public final class ApprovedDossiers {

    public static final String SECRETARY = "thuky.hoachung";
    public static final String STAFF = "noivu.tpcb";
    public static final String COUNCIL = "hoidong.tpcb";
    public static final String CHAIRMAN = "chutich.tpcb";

    private ApprovedDossiers() {
    }

    /** A dossier of thhoachung for LĐTT with these individuals, approved by Thành phố Cao Bằng, as the API shows it. */
    public static JsonNode atDistrict(DossierApiClient api, EngineRestClient engine, String... names) {
        return forAward(api, engine, "LDTT",
                Arrays.stream(names).map(DossierApiClient::individual).toArray(ObjectNode[]::new));
    }

    /** A dossier of thhoachung for an award the district decides, with these nominees, approved by Thành phố Cao Bằng. */
    public static JsonNode forAward(DossierApiClient api, EngineRestClient engine, String awardCode, ObjectNode... nominees) {
        JsonNode created = api.created(SECRETARY, DossierApiClient.dossier(null, awardCode, nominees));
        long id = created.get("id").asLong();
        String code = created.get("code").asText();
        api.attachMissingDocuments(SECRETARY, id);
        api.submit(SECRETARY, id, null);
        engine.approve(STAFF, code, "districtCheck");
        Map<String, Integer> votes = new HashMap<>();
        for (ObjectNode nominee : nominees) {
            votes.put(nominee.get("fullName").asText(), 9);
        }
        engine.vote(COUNCIL, code, "districtCouncil", 9, 9, votes);
        engine.approve(CHAIRMAN, code, "districtChairman");
        JsonNode approved = api.get(SECRETARY, "/api/dossiers/" + id).getBody();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        return approved;
    }

    public static long nomineeId(JsonNode dossier, String name) {
        return DossierApiClient.nominee(dossier, name).get("id").asLong();
    }
}
