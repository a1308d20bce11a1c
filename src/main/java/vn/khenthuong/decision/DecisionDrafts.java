package vn.khenthuong.decision;

import java.text.Normalizer;
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
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;
import vn.khenthuong.web.ApiException;

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
    private final AuditLog audit;

    DecisionDrafts(DecisionRepository repository, DecisionAccess access, OrganisationService organisations,
            AwardCatalogue awards, RuntimeService runtimeService, AuditLog audit) {
        this.repository = repository;
        this.access = access;
        this.organisations = organisations;
        this.awards = awards;
        this.runtimeService = runtimeService;
        this.audit = audit;
    }

    /** What the staff write when opening or revising a draft. */
    public record DraftRequest(String issuingBody, String awardCode, List<Long> nomineeIds, String achievement,
            String proposalRef) {
    }

    /** Nominees approved for {@code awardCode} at the user's body, waiting for a decision. */
    List<AwardDecision.Recipient> waiting(CurrentUser user, String issuingBody, String awardCode) {
        String body = access.staffBody(user, issuingBody);
        return repository.waiting(awardCode, unitsUnder(body), decidingLevel(body), -1);
    }

    @Transactional
    public AwardDecision open(CurrentUser user, DraftRequest request) {
        String body = access.staffBody(user, request.issuingBody());
        String achievement = required(request.achievement());
        awards.find(request.awardCode()).orElseThrow(() -> ApiException.badRequest("awardCode", "Không có danh hiệu, hình thức khen thưởng này"));
        List<AwardDecision.Recipient> chosen = choose(body, request, -1);
        long id = repository.insertDraft(body, request.awardCode(), achievement, optional(request.proposalRef()), user.userId());
        repository.replaceRecipients(id, chosen);
        String instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, "QD-" + id, Map.of(
                DecisionVariables.DECISION_ID, id,
                DecisionVariables.STAFF_GROUP, organisations.groupFor(body, OrgRole.REVIEWER),
                DecisionVariables.CHAIRMAN_GROUP, organisations.groupFor(body, OrgRole.CHAIRMAN))).getId();
        repository.setProcessInstance(id, instance);
        chosen.stream().map(AwardDecision.Recipient::dossierId).distinct().forEach(dossierId -> audit.record(user.userId(),
                "DECISION_DRAFTED", dossierId, Map.of("decisionId", id, "award", request.awardCode())));
        return repository.find(id).orElseThrow();
    }

    /** While the chairman has sent the draft back, the staff change the recipients or the wording. */
    @Transactional
    public AwardDecision revise(CurrentUser user, long id, DraftRequest request) {
        AwardDecision draft = access.readable(user, repository.lock(id));
        if (!user.orgCodesWith(OrgRole.REVIEWER).contains(draft.issuingBody())) {
            throw ApiException.forbidden();
        }
        if (draft.status() != DecisionStatus.RETURNED) {
            throw ApiException.conflict("Chỉ sửa được dự thảo đã bị Chủ tịch trả lại (hiện: " + draft.status().label() + ")");
        }
        DraftRequest full = new DraftRequest(draft.issuingBody(), draft.awardCode(),
                request.nomineeIds() == null ? draft.nomineeIds() : request.nomineeIds(),
                request.achievement() == null ? draft.achievement() : request.achievement(),
                request.proposalRef() == null ? draft.proposalRef() : request.proposalRef());
        repository.replaceRecipients(id, choose(draft.issuingBody(), full, id));
        repository.revise(id, required(full.achievement()), optional(full.proposalRef()));
        return repository.find(id).orElseThrow();
    }

    private List<AwardDecision.Recipient> choose(String body, DraftRequest request, long exceptDecision) {
        if (request.nomineeIds() == null || request.nomineeIds().isEmpty()) {
            throw ApiException.badRequest("nomineeIds", "Chọn ít nhất một người (tập thể) được đề nghị");
        }
        Map<Long, AwardDecision.Recipient> waiting = new HashMap<>();
        repository.waiting(request.awardCode(), unitsUnder(body), decidingLevel(body), exceptDecision)
                .forEach(r -> waiting.put(r.nomineeId(), r));
        Set<Long> seen = new HashSet<>();
        return request.nomineeIds().stream().filter(seen::add).map(nomineeId -> {
            AwardDecision.Recipient r = waiting.get(nomineeId);
            if (r == null) {
                throw ApiException.badRequest("nomineeIds", "Người được đề nghị mã " + nomineeId
                        + " không chờ quyết định " + awards.get(request.awardCode()).name() + " của cơ quan này "
                        + "(chưa được phê duyệt, đã có quyết định hoặc đang ở dự thảo khác)");
            }
            return r;
        }).toList();
    }

    private List<String> unitsUnder(String body) {
        return organisations.all().stream().filter(o -> o.level() == vn.khenthuong.organisation.OrgLevel.UNIT)
                .map(Organisation::code).filter(code -> organisations.isWithin(code, body)).toList();
    }

    private String decidingLevel(String body) {
        return organisations.get(body).kind() == OrgKind.PROVINCE ? "PROVINCE" : "DISTRICT";
    }

    private static String required(String text) {
        String value = optional(text);
        if (value == null) {
            throw ApiException.badRequest("achievement", "Ghi thành tích được khen thưởng (nội dung Điều 1)");
        }
        if (value.length() > 2000) {
            throw ApiException.badRequest("achievement", "Nội dung thành tích dài quá 2.000 ký tự");
        }
        return value;
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
