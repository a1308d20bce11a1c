package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.khenthuong.audit.AuditEvent;
import vn.khenthuong.dossier.StepRecord;
import vn.khenthuong.dossier.TimelineEntry;
import vn.khenthuong.dossier.TimelineEntry.Detail;
import vn.khenthuong.dossier.TimelineEntry.Kind;
import vn.khenthuong.dossier.TimelineMerge;
import vn.khenthuong.kernel.VietnamTime;

/** The merge of audit events and the engine's task history, without the engine. */
class TimelineMergeTest {

    /** 09:00 on 1 April 2026 in Vietnam. */
    private static final Instant T0 = Instant.parse("2026-04-01T02:00:00Z");
    private static final String CHECK = "Phòng Nội vụ Thành phố Cao Bằng thẩm định";
    private static final String COUNCIL = "Hội đồng Thi đua - Khen thưởng Thành phố Cao Bằng";

    private final Directory directory = new Directory() {
        @Override
        public String actingFor(String userId, String orgCode) {
            return orgCode == null ? null : Map.of("thhoachung", "Cán bộ thi đua - Trường Tiểu học Hòa Chung",
                    "tpcb", "Phòng Nội vụ - Thành phố Cao Bằng").get(orgCode);
        }

        @Override
        public String groupName(String groupId) {
            return Map.of("tpcb-thamdinh", "Phòng Nội vụ - Thành phố Cao Bằng",
                    "thhoachung-thuky", "Cán bộ thi đua - Trường Tiểu học Hòa Chung",
                    "tpcb-hoidong", "Hội đồng Thi đua - Khen thưởng - Thành phố Cao Bằng").get(groupId);
        }

        @Override
        public String awardName(String awardCode) {
            return "LDTT".equals(awardCode) ? "Lao động tiên tiến" : awardCode;
        }

        @Override
        public String nomineeName(long nomineeId) {
            return nomineeId == 77 ? "Lục Thị Bình" : null;
        }
    };

    private final List<AuditEvent> events = new ArrayList<>();
    private final Clock now = Clock.fixed(T0.plusSeconds(3 * 86_400), VietnamTime.ZONE);

    private void event(long minutes, String actor, String org, String type, String payload) {
        events.add(new AuditEvent(events.size() + 1, T0.plusSeconds(minutes * 60), actor, org, type, 42L, payload, "p", "h"));
    }

    private List<TimelineEntry> merge(List<StepRecord> steps) {
        return new TimelineMerge(directory, now).merge(events, steps);
    }

    @Test
    void aReturnedDossierShowsEveryStepWithWhoWhatAndHowLong() {
        event(0, "thuky.hoachung", "thhoachung", "DOSSIER_CREATED",
                "{\"award\":\"LDTT\",\"nominees\":[\"Nông Văn An\"],\"year\":2025}");
        event(10, "thuky.hoachung", "thhoachung", "SUBMITTED", "{\"code\":\"HS-2025-000042\"}");
        // the reviewer returns the dossier 2 days, 3 hours and 5 minutes after it arrived
        long returnedAt = 10 + (2 * 24 + 3) * 60 + 5;
        event(returnedAt, "noivu.tpcb", "tpcb", "STEP_COMPLETED",
                "{\"comment\":\"Thiếu biên bản họp\",\"outcome\":\"RETURN\",\"step\":\"" + CHECK + "\"}");
        event(returnedAt, "noivu.tpcb", "tpcb", "RETURNED", "{\"comment\":\"Thiếu biên bản họp\",\"step\":\"" + CHECK + "\"}");
        List<StepRecord> steps = List.of(
                new StepRecord("t1", "districtCheck", "Phòng Nội vụ thẩm định hồ sơ", "noivu.tpcb",
                        List.of("tpcb-thamdinh"), T0.plusSeconds(10 * 60), T0.plusSeconds(returnedAt * 60).plusMillis(3),
                        "completed"),
                new StepRecord("t2", "supplementDistrictCheck", "Bổ sung hồ sơ", null, List.of("thhoachung-thuky"),
                        T0.plusSeconds(returnedAt * 60).plusMillis(4), null, null));

        List<TimelineEntry> timeline = merge(steps);

        assertThat(timeline).extracting(TimelineEntry::what).containsExactly(
                "Lập hồ sơ",
                "Trình hồ sơ",
                "Chuyển đến bước: Phòng Nội vụ thẩm định hồ sơ",
                CHECK + ": trả lại để bổ sung",
                "Hồ sơ bị trả lại để bổ sung",
                "Đang chờ xử lý: Bổ sung hồ sơ");
        TimelineEntry created = timeline.get(0);
        assertThat(created.when()).isEqualTo("01/04/2026 09:00");
        assertThat(created.actor()).isEqualTo("thuky.hoachung");
        assertThat(created.actorOrg()).isEqualTo("Cán bộ thi đua - Trường Tiểu học Hòa Chung");
        assertThat(created.details()).extracting(Detail::text).containsExactly(
                "Danh hiệu đề nghị: Lao động tiên tiến", "Năm: 2025", "Người, tập thể được đề nghị: Nông Văn An");
        assertThat(created.auditId()).isEqualTo(1);

        TimelineEntry opened = timeline.get(2);
        assertThat(opened.kind()).isEqualTo(Kind.STEP_OPENED);
        assertThat(opened.actor()).isNull();
        assertThat(opened.actorOrg()).isEqualTo("Phòng Nội vụ - Thành phố Cao Bằng");

        TimelineEntry checked = timeline.get(3);
        assertThat(checked.duration()).isEqualTo("2 ngày 3 giờ");
        assertThat(checked.details()).extracting(Detail::text).containsExactly("Ý kiến: Thiếu biên bản họp");
        assertThat(checked.when()).isEqualTo("03/04/2026 12:15");
        assertThat(timeline.get(4).details()).extracting(Detail::text)
                .containsExactly("Bước trả lại: " + CHECK, "Ý kiến: Thiếu biên bản họp");

        TimelineEntry waiting = timeline.get(5);
        assertThat(waiting.current()).isTrue();
        assertThat(waiting.actorOrg()).isEqualTo("Cán bộ thi đua - Trường Tiểu học Hòa Chung");
        assertThat(waiting.duration()).as("from the return until the fixed clock").isEqualTo("20 giờ 44 phút");
    }

    @Test
    void theVotesOfOneSittingAreOneEntryWithTheTallyPerNominee() {
        String vote = "{\"inFavour\":%d,\"membersPresent\":6,\"membersTotal\":7,\"nominee\":\"%s\",\"nomineeId\":%d,"
                + "\"passed\":%b,\"step\":\"" + COUNCIL + "\",\"threshold\":\"50%% số thành viên có mặt\"}";
        event(0, "hoidong.tpcb", "tpcb", "STEP_COMPLETED",
                "{\"comment\":\"\",\"outcome\":\"APPROVE\",\"step\":\"" + COUNCIL + "\"}");
        event(0, "hoidong.tpcb", "tpcb", "COUNCIL_VOTE", String.format(vote, 5, "Nguyễn Văn A", 76, true));
        event(0, "hoidong.tpcb", "tpcb", "COUNCIL_VOTE", String.format(vote, 2, "Lục Thị Bình", 77, false));
        event(0, "hoidong.tpcb", "tpcb", "NOMINEE_STRUCK",
                "{\"nomineeId\":77,\"reason\":\"" + COUNCIL + ": 2/7 thành viên đồng ý\",\"step\":\"" + COUNCIL + "\"}");

        List<TimelineEntry> timeline = merge(List.of());

        assertThat(timeline).hasSize(3);
        assertThat(timeline.get(0).what()).isEqualTo(COUNCIL + ": đồng ý");
        assertThat(timeline.get(0).details()).as("an empty comment is left out").isEmpty();
        assertThat(timeline.get(1).what()).isEqualTo("Biểu quyết của " + COUNCIL);
        assertThat(timeline.get(1).details()).extracting(Detail::text).containsExactly(
                "Nguyễn Văn A: 5/7 tán thành — đạt",
                "Lục Thị Bình: 2/7 tán thành — không đạt",
                "Có mặt 6/7 thành viên; ngưỡng: 50% số thành viên có mặt");
        assertThat(timeline.get(2).details()).extracting(Detail::text).containsExactly(
                "Người, tập thể bị loại: Lục Thị Bình", "Lý do: " + COUNCIL + ": 2/7 thành viên đồng ý");
    }

    @Test
    void aSignedDecisionLinksToItsPdfAndAnUnknownEventShowsItsFields() {
        event(0, "chutich.tinh", "caobang", "DECISION_SIGNED", "{\"decisionId\":15,\"decisionNumber\":\"123/QĐ-UBND\",\"nomineeIds\":[77,78]}");
        event(1, "someone", null, "SOMETHING_NEW", "{\"note\":\"chưa có nhãn\"}");
        event(2, "system", null, "TASK_OVERDUE", "{\"due\":\"2026-04-01T10:00:00Z\",\"step\":\"" + CHECK
                + "\",\"taskId\":\"t1\",\"toldGroup\":\"tpcb-thamdinh\"}");

        List<TimelineEntry> timeline = merge(List.of());

        assertThat(timeline.get(0).what()).isEqualTo("Ký quyết định khen thưởng");
        assertThat(timeline.get(0).details()).containsExactly(
                new Detail("Quyết định số 123/QĐ-UBND", "/quyet-dinh/15/quyet-dinh.pdf"),
                Detail.text("Được khen thưởng: Lục Thị Bình"));
        assertThat(timeline.get(1).what()).isEqualTo("Sự kiện SOMETHING_NEW");
        assertThat(timeline.get(1).details()).extracting(Detail::text).containsExactly("note: chưa có nhãn");
        assertThat(timeline.get(1).actorOrg()).isNull();
        assertThat(timeline.get(2).actorOrg()).isEqualTo("Hệ thống tự động");
        assertThat(timeline.get(2).details()).extracting(Detail::text).containsExactly("Bước: " + CHECK,
                "Hạn xử lý: 01/04/2026 17:00", "Đã báo cho: Phòng Nội vụ - Thành phố Cao Bằng");
    }

    @Test
    void aResubmissionTakesTheSupplementsDurationAndACancelledStepGetsAnEntryOfItsOwn() {
        event(0, "thuky.hoachung", "thhoachung", "RESUBMITTED",
                "{\"code\":\"HS-2025-000042\",\"response\":\"Đã bổ sung biên bản\"}");
        event(90, "thuky.hoachung", "thhoachung", "WITHDRAWN", "{\"reason\":\"Lập hồ sơ mới\"}");
        List<StepRecord> steps = List.of(
                new StepRecord("s1", "supplementDistrictCheck", "Bổ sung hồ sơ", "thuky.hoachung",
                        List.of("thhoachung-thuky"), T0.minusSeconds(45 * 60), T0.plusMillis(2), "completed"),
                new StepRecord("t2", "districtCheck", "Phòng Nội vụ thẩm định hồ sơ", null, List.of("tpcb-thamdinh"),
                        T0.plusMillis(5), T0.plusSeconds(90 * 60).plusMillis(1), "deleted"));

        List<TimelineEntry> timeline = merge(steps);

        assertThat(timeline).extracting(TimelineEntry::what).containsExactly(
                "Chuyển đến bước: Bổ sung hồ sơ",
                "Trình lại hồ sơ sau khi bổ sung",
                "Chuyển đến bước: Phòng Nội vụ thẩm định hồ sơ",
                "Hồ sơ đã rút",
                "Bước Phòng Nội vụ thẩm định hồ sơ kết thúc vì quy trình dừng (hồ sơ rút hoặc đã có kết quả)");
        assertThat(timeline.get(1).duration()).isEqualTo("45 phút");
        assertThat(timeline.get(1).details()).extracting(Detail::text).containsExactly("Giải trình của đơn vị: Đã bổ sung biên bản");
        assertThat(timeline.get(3).duration()).as("the withdrawal is not the step's outcome").isNull();
        assertThat(timeline.get(4).duration()).isEqualTo("1 giờ 29 phút");
        assertThat(timeline.get(4).kind()).isEqualTo(Kind.STEP_ENDED);
    }

    @Test
    void anOutcomeIsPairedOnlyWithTheTaskOfTheSameReviewer() {
        event(0, "noivu.khac", "tpcb", "STEP_COMPLETED", "{\"comment\":\"\",\"outcome\":\"APPROVE\",\"step\":\"" + CHECK + "\"}");
        List<StepRecord> steps = List.of(new StepRecord("t1", "districtCheck", "Phòng Nội vụ thẩm định hồ sơ", "noivu.tpcb",
                List.of("tpcb-thamdinh"), T0.minusSeconds(3600), T0.plusMillis(1), "completed"));

        List<TimelineEntry> timeline = merge(steps);

        assertThat(timeline.get(1).duration()).isNull();
        assertThat(timeline.get(2).kind()).isEqualTo(Kind.STEP_ENDED);
        assertThat(timeline.get(2).what()).isEqualTo("Bước Phòng Nội vụ thẩm định hồ sơ hoàn thành");
    }
}
