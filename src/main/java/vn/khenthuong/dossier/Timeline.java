package vn.khenthuong.dossier;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/**
 * The history of one dossier for people: our audit events merged with the user tasks the engine's
 * history (level FULL) keeps, with who acted for which body and how long each step took. The caller
 * decides who may read it.
 */
@Service
public class Timeline {

    private final AuditLog log;
    private final HistoryService history;
    private final IdentityService identity;
    private final OrganisationService organisations;
    private final AwardCatalogue awards;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.system(VietnamTime.ZONE);

    Timeline(AuditLog log, HistoryService history, IdentityService identity, OrganisationService organisations,
            AwardCatalogue awards, JdbcClient jdbc) {
        this.log = log;
        this.history = history;
        this.identity = identity;
        this.organisations = organisations;
        this.awards = awards;
        this.jdbc = jdbc;
    }

    /** Oldest first; {@code processInstanceId} is null for a dossier never submitted. */
    public List<TimelineEntry> of(long dossierId, String processInstanceId) {
        List<StepRecord> steps = processInstanceId == null ? List.of() : steps(processInstanceId);
        return new TimelineMerge(new CachingDirectory(dossierId), clock).merge(log.ofDossier(dossierId), steps);
    }

    private List<StepRecord> steps(String processInstanceId) {
        return history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(this::step).toList();
    }

    private StepRecord step(HistoricTaskInstance task) {
        List<String> groups = history.createHistoricIdentityLinkLogQuery().taskId(task.getId())
                .type(IdentityLinkType.CANDIDATE).operationType("add").list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).filter(g -> g != null).distinct().toList();
        return new StepRecord(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), groups,
                task.getStartTime().toInstant(), task.getEndTime() == null ? null : task.getEndTime().toInstant(),
                task.getDeleteReason());
    }

    /** Looks every name up once per timeline. */
    private final class CachingDirectory implements Directory {

        private final long dossierId;
        private final Map<String, String> groups = new HashMap<>();
        private final Map<String, String> actors = new HashMap<>();
        private Map<Long, String> nominees;

        CachingDirectory(long dossierId) {
            this.dossierId = dossierId;
        }

        @Override
        public String actingFor(String userId, String orgCode) {
            return actors.computeIfAbsent(userId + "\u001f" + orgCode, k -> {
                Optional<Organisation> org = organisations.find(orgCode);
                if (org.isEmpty()) {
                    return null;
                }
                return organisations.membershipsOf(userId).stream().filter(m -> m.orgCode().equals(orgCode))
                        .map(Membership::role).findFirst().map(role -> role.groupName(org.get()))
                        .orElse(org.get().name());
            });
        }

        @Override
        public String groupName(String groupId) {
            return groups.computeIfAbsent(groupId, id -> {
                var group = identity.createGroupQuery().groupId(id).singleResult();
                return group == null || group.getName() == null ? id : group.getName();
            });
        }

        @Override
        public String awardName(String awardCode) {
            return awards.find(awardCode).map(Award::name).orElse(awardCode);
        }

        @Override
        public String nomineeName(long nomineeId) {
            if (nominees == null) {
                nominees = new HashMap<>();
                jdbc.sql("select id, full_name from nominee where dossier_id = ?").param(dossierId)
                        .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                        .forEach(e -> nominees.put(e.getKey(), e.getValue()));
            }
            return nominees.get(nomineeId);
        }
    }
}
