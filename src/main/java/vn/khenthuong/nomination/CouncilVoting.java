package vn.khenthuong.nomination;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.settings.Settings;

/** Records a council's secret-ballot result per nominee and strikes those below the threshold. */
@Service
class CouncilVoting {

    private final DossierLifecycle dossiers;
    private final Settings settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final StepLabels labels;

    CouncilVoting(DossierLifecycle dossiers, Settings settings, JdbcClient jdbc, AuditLog audit, StepLabels labels) {
        this.labels = labels;
        this.dossiers = dossiers;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    CouncilThreshold thresholdFor(String awardCode, LocalDate on) {
        String value = settings.find("council-threshold." + awardCode, on)
                .orElseGet(() -> settings.text("council-threshold.DEFAULT", on));
        return CouncilThreshold.parse(value);
    }

    /** Returns how many nominees remain after the vote. */
    int record(long dossierId, ReviewStep step, List<CouncilVote> votes, String userId) {
        Dossier dossier = dossiers.get(dossierId);
        Map<Long, CouncilVote> byNominee = votes.stream()
                .collect(Collectors.toMap(CouncilVote::nomineeId, Function.identity(), (a, b) -> b));
        CouncilThreshold threshold = thresholdFor(dossier.awardCode(), VietnamTime.today());
        String council = labels.of(step, dossier.unitCode());
        int remaining = 0;
        for (Nominee nominee : dossier.activeNominees()) {
            CouncilVote vote = byNominee.get(nominee.id());
            if (vote == null) {
                throw new ReviewRefusedException("Chưa nhập kết quả biểu quyết cho " + nominee.fullName());
            }
            checkTally(nominee, vote);
            boolean passed = threshold.passes(vote.inFavour(), vote.membersTotal(), vote.membersPresent());
            insert(dossierId, step, vote, threshold, passed, userId);
            audit.record(userId, "COUNCIL_VOTE", dossierId, Map.of("step", council, "nominee", nominee.fullName(),
                    "nomineeId", nominee.id(), "membersTotal", vote.membersTotal(), "membersPresent",
                    vote.membersPresent(), "inFavour", vote.inFavour(), "threshold", threshold.describe(),
                    "passed", passed));
            if (passed) {
                remaining++;
            } else {
                dossiers.strikeNominee(nominee.id(), council + ": " + vote.inFavour() + "/"
                        + vote.membersTotal() + " thành viên đồng ý (" + vote.membersPresent()
                        + " có mặt), chưa đạt " + threshold.describe(), council);
            }
        }
        return remaining;
    }

    private static void checkTally(Nominee nominee, CouncilVote vote) {
        if (vote.membersTotal() <= 0 || vote.membersPresent() <= 0 || vote.membersPresent() > vote.membersTotal()) {
            throw new ReviewRefusedException("Số thành viên có mặt phải lớn hơn 0 và không vượt quá tổng số thành viên Hội đồng");
        }
        if (vote.inFavour() < 0 || vote.inFavour() > vote.membersPresent()) {
            throw new ReviewRefusedException("Số phiếu đồng ý cho " + nominee.fullName()
                    + " phải từ 0 đến số thành viên có mặt (" + vote.membersPresent() + ")");
        }
    }

    private void insert(long dossierId, ReviewStep step, CouncilVote vote, CouncilThreshold threshold, boolean passed,
            String userId) {
        jdbc.sql("""
                insert into council_vote (dossier_id, nominee_id, council_level, members_total, members_present,
                    in_favour, threshold_pct, denominator, passed, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(dossierId, vote.nomineeId(), step.level().name(), vote.membersTotal(), vote.membersPresent(),
                        vote.inFavour(), threshold.percent(), threshold.denominator().name(), passed, userId,
                        OffsetDateTime.now())
                .update();
    }
}
