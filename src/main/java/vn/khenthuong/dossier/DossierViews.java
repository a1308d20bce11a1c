package vn.khenthuong.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.dossier.DossierView.DocumentView;
import vn.khenthuong.dossier.DossierView.Holder;
import vn.khenthuong.dossier.DossierView.NomineeView;
import vn.khenthuong.dossier.DossierView.StepView;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;

/** Builds what the API shows of dossiers: names instead of codes, labels, open steps and who holds them. */
@Component
class DossierViews {

    private final AwardCatalogue awards;
    private final OrganisationService organisations;
    private final ReviewProcess process;
    private final DossierChecks validation;
    private final IdentityService identityService;

    DossierViews(AwardCatalogue awards, OrganisationService organisations, ReviewProcess process,
            DossierChecks validation, IdentityService identityService) {
        this.awards = awards;
        this.organisations = organisations;
        this.process = process;
        this.validation = validation;
        this.identityService = identityService;
    }

    DossierView view(Dossier d) {
        return new DossierView(d.id(), d.code(), d.unitCode(),
                organisations.find(d.unitCode()).map(Organisation::name).orElse(d.unitCode()), d.awardCode(),
                awards.find(d.awardCode()).map(Award::name).orElse(d.awardCode()), d.periodYear(), d.periodFrom(),
                d.periodTo(), d.oneOff(), d.movement(), d.summary(), d.status(), d.status().label(), d.decidingLevel(),
                d.reachedProvince(), d.status() == DossierStatus.RETURNED ? d.returnComment() : null, d.returnedFrom(),
                d.outcomeReason(), d.createdBy(), d.createdAt(), d.updatedAt(), d.submittedAt(), d.closedAt(),
                d.version(), d.nominees().stream().map(NomineeView::of).toList(),
                d.documents().stream().map(doc -> DocumentView.of(d.id(), doc)).toList(),
                validation.findings(d.id()), steps(d.code(), d.processInstanceId()));
    }

    List<DossierListItem> list(List<DossierSummary> rows) {
        Map<String, String> unitNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::code, Organisation::name));
        Map<String, String> awardNames = awards.all().stream().collect(Collectors.toMap(Award::code, Award::name));
        return rows.stream().map(r -> {
            Optional<StepView> step = steps(r.code(), r.processInstanceId()).stream().findFirst();
            return new DossierListItem(r.id(), r.code(), r.unitCode(), unitNames.getOrDefault(r.unitCode(), r.unitCode()),
                    r.awardCode(), awardNames.getOrDefault(r.awardCode(), r.awardCode()), r.periodYear(),
                    r.nomineeCount(), r.status(), r.status().label(), step.map(StepView::name).orElse(null),
                    step.map(StepView::heldBy).orElse(null), step.map(StepView::since).orElse(null),
                    step.map(StepView::due).orElse(null), step.map(StepView::overdue).orElse(false));
        }).toList();
    }

    private List<StepView> steps(String code, String processInstanceId) {
        if (code == null || processInstanceId == null) {
            return List.of();
        }
        List<CurrentStep> steps = process.currentSteps(code);
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<String, String> groupNames = new HashMap<>();
        String[] groupIds = steps.stream().flatMap(s -> s.candidateGroups().stream()).distinct().toArray(String[]::new);
        if (groupIds.length > 0) {
            identityService.createGroupQuery().groupIdIn(groupIds).list()
                    .forEach(g -> groupNames.put(g.getId(), g.getName() == null ? g.getId() : g.getName()));
        }
        return steps.stream().map(s -> step(s, groupNames)).toList();
    }

    private StepView step(CurrentStep s, Map<String, String> groupNames) {
        List<Holder> groups = s.candidateGroups().stream()
                .map(g -> new Holder(g, groupNames.getOrDefault(g, g))).toList();
        String assigneeName = s.assignee() == null ? null : userName(s.assignee());
        String heldBy = assigneeName != null ? assigneeName
                : groups.stream().map(Holder::name).collect(Collectors.joining(", "));
        return new StepView(s.stepKey(), s.name(), s.assignee(), assigneeName, groups, heldBy.isEmpty() ? null : heldBy,
                s.since(), s.due(), s.overdue());
    }

    private String userName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
