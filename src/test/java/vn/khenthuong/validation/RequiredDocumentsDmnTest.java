package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The decision table file itself, on the standalone DMN engine. */
class RequiredDocumentsDmnTest {

    private static final Path FILE = Path.of("bpmn", "required-documents.dmn");
    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(FILE)) {
            decision = engine.parseDecision(DmnRequiredDocuments.DECISION, in);
        }
    }

    @Test
    void meritAwardsNeedTheFullSet() {
        assertThat(required("LDTT", false))
                .containsExactlyInAnyOrder("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP");
        assertThat(required("BK_T", false))
                .containsExactlyInAnyOrder("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP");
    }

    @Test
    void emulationTitlesAlsoNeedTheInitiative() {
        assertThat(required("CSTD_CS", false))
                .containsExactlyInAnyOrder("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP", "SANG_KIEN");
        assertThat(required("CSTD_T", false))
                .containsExactlyInAnyOrder("TO_TRINH", "DANH_SACH", "BAO_CAO_THANH_TICH", "BIEN_BAN_HOP", "SANG_KIEN");
    }

    @Test
    void oneOffAwardsNeedTheSimplifiedSet() {
        assertThat(required("BK_T", true)).containsExactlyInAnyOrder("TO_TRINH", "BAO_CAO_THANH_TICH");
        assertThat(required("GK", true)).containsExactlyInAnyOrder("TO_TRINH", "BAO_CAO_THANH_TICH");
    }

    @Test
    void decisionKeepsItsHistoryTwentyYearsAndSpeaksVietnamese() throws IOException {
        String xml = Files.readString(FILE);
        assertThat(xml).contains("camunda:historyTimeToLive=\"P7300D\"", "hitPolicy=\"COLLECT\"",
                "label=\"Mã danh hiệu\"", "label=\"Khen thưởng đột xuất\"");
        assertThat(decision.getName()).isEqualTo("Tài liệu bắt buộc của hồ sơ");
    }

    private static List<String> required(String awardCode, boolean oneOff) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("awardCode", awardCode).putValue("oneOff", oneOff)).collectEntries("documentKind");
    }
}
