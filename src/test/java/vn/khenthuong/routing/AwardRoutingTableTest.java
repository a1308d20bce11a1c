package vn.khenthuong.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The council's routing table, read with the standalone DMN engine, says who decides each award. */
class AwardRoutingTableTest {

    private static DmnEngine dmn;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("bpmn/award-routing.dmn"))) {
            decision = dmn.parseDecision(AwardRouting.DECISION, in);
        }
    }

    @ParameterizedTest
    @CsvSource({"LDTT, DISTRICT", "CSTD_CS, DISTRICT", "TT_LDTT, DISTRICT", "GK, DISTRICT",
            "CSTD_T, PROVINCE", "TT_LDXS, PROVINCE", "CO_T, PROVINCE", "BK_T, PROVINCE",
            "BK_TTG, STATE", "CO_CP, STATE", "CSTD_TQ, STATE", "HC_LD, STATE"})
    void decidingLevelOfEachAward(String award, String level) {
        var result = dmn.evaluateDecisionTable(decision, Map.of("awardCode", award));
        assertThat(result.getSingleResult().<String>getSingleEntry()).isEqualTo(level);
    }

    @ParameterizedTest
    @CsvSource({"XYZ", "ldtt"})
    void unknownAwardHasNoRoute(String award) {
        assertThat(dmn.evaluateDecisionTable(decision, Map.of("awardCode", award)).isEmpty()).isTrue();
    }
}
