package vn.khenthuong.decision;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgLevel;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.InputFields;

/**
 * The staff of an issuing body (district Phòng Nội vụ, provincial Ban TĐKT) open a decision draft for
 * one award with approved nominees from one or many dossiers, and the {@code decision} process takes
 * it to the chairman.
 */
@Service
public class DecisionDrafts {

    public static final String PROCESS_KEY = "decision";

    private final DecisionRepository repository;
    private final DecisionAccess access;
    private final OrganisationService organisations;
    private final AwardCatalogue awards;
    private final RuntimeService runtimeService;
    private final DecisionReview review;
    private final AuditLog audit;

    DecisionDrafts(DecisionRepository repository, DecisionAccess access, OrganisationService organisations,
            AwardCatalogue awards, RuntimeService runtimeService, DecisionReview review, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.organisations = organisations;
        this.awards = awards;
        this.runtimeService = runtimeService;
        this.review = review;
        this.audit = audit;
    }

    /** What the staff write when opening or revising a draft. */
    public record DraftRequest(String issuingBody, String awardCode, List<Long> nomineeIds, String achievement,
            String proposalRef) {
    }

    /** Nominees approved for {@code awardCode} at the user's body, waiting for a decision. */
    public List<AwardDecision.Recipient> waiting(CurrentUser user, String issuingBody, String awardCode) {
        String body = access.staffBody(user, issuingBody);
        return repository.waiting(awardCode, unitsUnder(body), decidingLevel(body), -1);
    }

    /** Who may still be added to the draft or kept in it: those waiting, with the draft's own recipients. */
    List<AwardDecision.Recipient> waitingFor(AwardDecision draft) {
        return repository.waiting(draft.awardCode(), unitsUnder(draft.issuingBody()), decidingLevel(draft.issuingBody()),
                draft.id());
    }

    /** How many nominees wait for a decision of the body, per award code (awards nobody waits for are left out). */
    Map<String, Integer> waitingCounts(String issuingBody) {
        return repository.waitingCounts(unitsUnder(issuingBody), decidingLevel(issuingBody));
    }

    /** The level whose awards the body decides: a district (or commune) decides district awards, the province its own. */
    OrgLevel decidingLevelOf(String issuingBody) {
        return OrgLevel.valueOf(decidingLevel(issuingBody));
    }

    @Transactional
    public AwardDecision open(CurrentUser user, DraftRequest request) {
        String body = access.staffBody(user, request.issuingBody());
        refuseBadContent(request);
        String achievement = achievement(request);
        awards.find(request.awardCode()).orElseThrow(() -> Refusal.invalid("awardCode", "Không có danh hiệu, hình thức khen thưởng này"));
        List<AwardDecision.Recipient> chosen = choose(body, request, -1);
        long id = repository.insertDraft(body, request.awardCode(), achievement, proposalRef(request), user.userId());
        repository.replaceRecipients(id, chosen);
        String instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, DecisionRoute.businessKey(id),
                Map.of(DecisionVariables.DECISION_ID, id)).getId();
        repository.setProcessInstance(id, instance);
        chosen.stream().map(AwardDecision.Recipient::dossierId).distinct().forEach(dossierId -> audit.record(user.userId(),
                "DECISION_DRAFTED", dossierId, Map.of("decisionId", id, "award", request.awardCode())));
        return repository.find(id).orElseThrow();
    }

    /** While the chairman has sent the draft back, the staff change the recipients or the wording. */
    @Transactional
    public AwardDecision revise(CurrentUser user, long id, DraftRequest request) {
        AwardDecision draft = access.readable(user, repository.lock(id));
        if (!DecisionAccess.isStaff(user, draft)) {
            throw Refusal.forbidden();
        }
        if (draft.status() != DecisionStatus.RETURNED) {
            throw Refusal.conflict("Chỉ sửa được dự thảo đã bị Chủ tịch trả lại (hiện: " + draft.status().label() + ")");
        }
        DraftRequest full = new DraftRequest(draft.issuingBody(), draft.awardCode(),
                request.nomineeIds() == null ? draft.nomineeIds() : request.nomineeIds(),
                request.achievement() == null ? draft.achievement() : request.achievement(),
                request.proposalRef() == null ? draft.proposalRef() : request.proposalRef());
        refuseBadContent(full);
        repository.replaceRecipients(id, choose(draft.issuingBody(), full, id));
        repository.revise(id, achievement(full), proposalRef(full));
        AwardDecision revised = repository.find(id).orElseThrow();
        // The task "Sửa dự thảo" shows, and on "Trình lại" saves, the wording it was given when it opened.
        runtimeService.setVariable(revised.processInstanceId(), DecisionVariables.ACHIEVEMENT, revised.achievement());
        runtimeService.setVariable(revised.processInstanceId(), DecisionVariables.SUMMARY, review.summary(revised));
        return revised;
    }

    private List<AwardDecision.Recipient> choose(String body, DraftRequest request, long exceptDecision) {
        Map<Long, AwardDecision.Recipient> waiting = new HashMap<>();
        repository.waiting(request.awardCode(), unitsUnder(body), decidingLevel(body), exceptDecision)
                .forEach(r -> waiting.put(r.nomineeId(), r));
        Set<Long> seen = new HashSet<>();
        return request.nomineeIds().stream().filter(seen::add).map(nomineeId -> {
            AwardDecision.Recipient r = waiting.get(nomineeId);
            if (r == null) {
                throw Refusal.invalid("nomineeIds", "Người được đề nghị mã " + nomineeId
                        + " không chờ quyết định " + awards.get(request.awardCode()).name() + " của cơ quan này "
                        + "(chưa được phê duyệt, đã có quyết định hoặc đang ở dự thảo khác)");
            }
            return r;
        }).toList();
    }

    private List<String> unitsUnder(String body) {
        return organisations.all().stream().filter(o -> o.level() == OrgLevel.UNIT)
                .map(Organisation::code).filter(code -> organisations.isWithin(code, body)).toList();
    }

    private String decidingLevel(String body) {
        return organisations.get(body).kind() == OrgKind.PROVINCE ? "PROVINCE" : "DISTRICT";
    }

    /** Refuses content that may not be drafted, with the first of {@link DraftRules}' refusals. */
    private static void refuseBadContent(DraftRequest request) {
        DraftRules.refusals(request.nomineeIds() != null && !request.nomineeIds().isEmpty(), achievement(request),
                proposalRef(request)).entrySet().stream().findFirst()
                .ifPresent(refusal -> {
                    throw Refusal.invalid(refusal.getKey(), refusal.getValue());
                });
    }

    private static String achievement(DraftRequest request) {
        return InputFields.text("achievement", "Nội dung thành tích", request.achievement());
    }

    private static String proposalRef(DraftRequest request) {
        return InputFields.line("proposalRef", "Số, ngày tờ trình", request.proposalRef());
    }
}
