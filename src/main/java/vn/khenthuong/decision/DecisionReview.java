package vn.khenthuong.decision;

import static vn.khenthuong.workflow.TasklistMarkdown.text;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.CleanText;
import vn.khenthuong.kernel.VietnameseMoney;
import vn.khenthuong.organisation.OrganisationService;

/** The steps of the {@code decision} process around the chairman's review that are not the signing itself. */
@Service
class DecisionReview {

    private static final int LISTED = 30;
    private static final int SUMMARY_LIMIT = 3_800;

    private final DecisionRepository repository;
    private final DecisionComposer composer;
    private final AwardCatalogue awards;
    private final OrganisationService organisations;
    private final AuditLog audit;

    DecisionReview(DecisionRepository repository, DecisionComposer composer, AwardCatalogue awards,
            OrganisationService organisations, AuditLog audit) {
        this.repository = repository;
        this.composer = composer;
        this.awards = awards;
        this.organisations = organisations;
        this.audit = audit;
    }

    AwardDecision get(long id) {
        return repository.find(id).orElseThrow(() -> new IllegalStateException("Không tìm thấy quyết định " + id));
    }

    @Transactional
    void returnToStaff(long id, String actor, String comment) {
        repository.setStatus(id, DecisionStatus.RETURNED, comment);
        get(id).dossierIds().forEach(d -> audit.record(actor, "DECISION_RETURNED", d,
                Map.of("decisionId", id, "comment", comment == null ? "" : comment)));
    }

    @Transactional
    void resubmit(long id, String achievement) {
        AwardDecision draft = get(id);
        if (achievement != null && !achievement.isBlank()) {
            repository.revise(id, CleanText.text(achievement),
                    draft.proposalRef());
        }
        repository.setStatus(id, DecisionStatus.IN_REVIEW, draft.returnComment());
    }

    @Transactional
    void cancel(long id, String actor) {
        AwardDecision draft = get(id);
        repository.setStatus(id, DecisionStatus.CANCELLED, draft.returnComment());
        draft.dossierIds().forEach(d -> audit.record(actor, "DECISION_CANCELLED", d, Map.of("decisionId", id)));
    }

    /** The task card's line: "Dự thảo quyết định · Lao động tiên tiến · 3 cá nhân". */
    String cardLine(AwardDecision draft) {
        return "Dự thảo quyết định · " + awards.get(draft.awardCode()).name() + " · "
                + RecipientCount.of(draft.recipients());
    }

    /** The question the chairman confirms before signing: "**Ký ban hành quyết định tặng Lao động tiên tiến cho 3 cá nhân?**". */
    String signingQuestion(AwardDecision draft) {
        return "**Ký ban hành quyết định tặng " + text(awards.get(draft.awardCode()).name()) + " cho "
                + RecipientCount.of(draft.recipients()) + "?**";
    }

    String issuingBodyName(AwardDecision draft) {
        return organisations.get(draft.issuingBody()).name();
    }

    /** What the chairman (or the staff, when it comes back) reads in Tasklist, as Markdown. */
    String summary(AwardDecision draft) {
        Map<Long, Long> bonuses = composer.bonuses(draft, vn.khenthuong.kernel.VietnamTime.today());
        long total = bonuses.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder md = new StringBuilder()
                .append("### Dự thảo quyết định tặng ").append(text(awards.get(draft.awardCode()).name())).append("\n\n")
                .append("- Cơ quan ban hành: Chủ tịch UBND ").append(text(organisations.get(draft.issuingBody()).name())).append('\n')
                .append("- Người được khen thưởng: ").append(RecipientCount.of(draft.recipients()))
                .append('\n')
                .append("- Tổng tiền thưởng (tính theo ngày hôm nay): ").append(VietnameseMoney.format(total)).append('\n')
                .append("- Thành tích: ").append(text(draft.achievement())).append('\n');
        if (draft.proposalRef() != null) {
            md.append("- Tờ trình: ").append(text(draft.proposalRef())).append('\n');
        }
        if (draft.returnComment() != null && !draft.returnComment().isBlank()) {
            md.append("\n**Ý kiến khi trả lại:** ").append(text(draft.returnComment())).append('\n');
        }
        md.append("\n[Xem dự thảo quyết định (PDF)](/api/decisions/").append(draft.id()).append("/draft.pdf)")
                .append(" · [Mở trang dự thảo](/quyet-dinh/").append(draft.id()).append(")\n\n");
        // Camunda keeps a String variable in 4,000 characters: list the first ones, the PDF has them all
        int listed = 0;
        for (AwardDecision.Recipient r : draft.recipients()) {
            String line = r.positionNo() + ". " + text(r.fullName()) + " — " + (r.jobTitle() == null ? "" : text(r.jobTitle()) + ", ")
                    + text(r.unitName()) + " (hồ sơ " + text(r.dossierCode()) + ")\n";
            if (listed == LISTED || md.length() + line.length() > SUMMARY_LIMIT) {
                break;
            }
            md.append(line);
            listed++;
        }
        if (listed < draft.recipients().size()) {
            md.append("\n… và ").append(draft.recipients().size() - listed).append(" người khác (xem danh sách trong dự thảo)\n");
        }
        return md.toString();
    }
}
