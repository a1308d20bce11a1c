package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.khenthuong.audit.AuditEvent;
import vn.khenthuong.dossier.TimelineEntry.Detail;

/** Every audit event reads as a Vietnamese sentence in the timeline, never as a code and its raw fields. */
class AuditEventTextTest {

    private static final Pattern RECORDED = Pattern.compile(
            "(?:\\.record\\([^,()]+(?:\\(\\))?,|recordForEngineUser\\(|\\.append\\([^,()]+,[^,()]+,)\\s*\"([A-Z][A-Z_]+)\"");

    private final AuditEventText text = new AuditEventText(new Directory() {
        @Override
        public String actingFor(String userId, String orgCode) {
            return null;
        }

        @Override
        public String groupName(String groupId) {
            return null;
        }

        @Override
        public String awardName(String awardCode) {
            return "LDTT".equals(awardCode) ? "Lao động tiên tiến" : awardCode;
        }

        @Override
        public String nomineeName(long nomineeId) {
            return null;
        }
    });

    @Test
    void everyEventTheCodeRecordsHasALabel() throws IOException {
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORDED.matcher(Files.readString(source));
                while (m.find()) {
                    recorded.add(m.group(1));
                }
            }
        }
        assertThat(recorded).contains("DOSSIER_CREATED", "DECISION_DRAFTED", "DECISION_SIGNED", "COUNCIL_VOTE",
                "TASK_OVERDUE", "DECIDED");
        assertThat(recorded).allSatisfy(type -> assertThat(AuditEventText.knows(type)).as(type).isTrue());
    }

    @Test
    void aDraftedDecisionReadsAsASentenceWithALinkToTheDraft() {
        AuditEvent drafted = event("DECISION_DRAFTED", "{\"award\":\"LDTT\",\"decisionId\":2}");

        assertThat(text.what(drafted)).isEqualTo("Lập dự thảo quyết định khen thưởng");
        assertThat(text.details(drafted)).containsExactly(new Detail("Xem dự thảo quyết định", "/quyet-dinh/2"),
                Detail.text("Danh hiệu: Lao động tiên tiến"));
    }

    @Test
    void aReturnedDraftShowsTheChairmansComment() {
        AuditEvent returned = event("DECISION_RETURNED", "{\"comment\":\"Sửa thành tích\",\"decisionId\":3}");

        assertThat(text.what(returned)).isEqualTo("Dự thảo quyết định bị trả lại để sửa");
        assertThat(text.details(returned)).extracting(Detail::text)
                .containsExactly("Xem dự thảo quyết định", "Ý kiến: Sửa thành tích");
    }

    @Test
    void theDecidedDossierNeedsNoDetail() {
        AuditEvent decided = event("DECIDED", "{}");

        assertThat(text.what(decided)).isEqualTo("Hồ sơ đã có quyết định khen thưởng");
        assertThat(text.details(decided)).isEmpty();
    }

    private static AuditEvent event(String type, String payload) {
        return new AuditEvent(1, Instant.parse("2026-04-01T02:00:00Z"), "noivu.tpcb", "tpcb", type, 42L, payload, "p",
                "h");
    }
}
