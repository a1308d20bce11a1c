package vn.khenthuong.nomination;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Constructor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.audit.AuditLog;
import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.Nominee;
import vn.khenthuong.dossier.NomineeStatus;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.routing.AwardRouting;
import vn.khenthuong.routing.RoutePlanner;
import vn.khenthuong.security.EngineUser;
import vn.khenthuong.settings.Settings;
import vn.khenthuong.tracking.Escalations;
import vn.khenthuong.validation.DossierValidation;

/**
 * The real delegates and listeners of the nomination process, wired to mocked domain services and the
 * real award routing table, registered for the test engine's expressions.
 */
class NominationFixture {

    static final long DOSSIER_ID = 42;
    static final Organisation PROVINCE = new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng");
    static final Organisation DISTRICT = new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng");

    final DossierLifecycle dossiers = mock(DossierLifecycle.class);
    final DossierValidation validation = mock(DossierValidation.class);
    final OrganisationService organisations = mock(OrganisationService.class);
    final Settings settings = mock(Settings.class);
    final StepDeadlines deadlines = mock(StepDeadlines.class);
    final Escalations escalations = mock(Escalations.class);
    final AwardCatalogue awards = mock(AwardCatalogue.class);
    final AwardRegistry registry = mock(AwardRegistry.class);
    final AuditLog audit = mock(AuditLog.class);
    final StepLabels labels = new StepLabels(organisations);
    final EngineUser engineUser;
    /** The dossier row as the process changes it: the deciding level, struck nominees, those awaiting a decision. */
    String decidingLevel;
    final java.util.Set<Long> struck = new java.util.HashSet<>();
    long awaitingDecision;

    NominationFixture(ProcessEngine engine) throws Exception {
        when(organisations.districtOf("thhoachung")).thenReturn(Optional.of(DISTRICT));
        when(organisations.districtOf("kbnn")).thenReturn(Optional.empty());
        when(organisations.provinceOf(anyString())).thenReturn(PROVINCE);
        when(organisations.groupFor(anyString(), any(OrgRole.class)))
                .thenAnswer(i -> ((OrgRole) i.getArgument(1)).groupIdAt(i.getArgument(0)));
        when(organisations.get(anyString())).thenReturn(DISTRICT);
        when(settings.find(anyString(), any(LocalDate.class))).thenReturn(Optional.empty());
        when(settings.text(org.mockito.ArgumentMatchers.eq("council-threshold.DEFAULT"), any(LocalDate.class))).thenReturn("50 PRESENT");
        when(deadlines.due(anyString())).thenAnswer(i -> new Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000));
        when(awards.get(anyString())).thenAnswer(i -> new Award(i.getArgument(0), "Danh hiệu " + i.getArgument(0),
                AwardKind.TITLE, AwardTarget.BOTH));
        dossier("thhoachung", "LDTT");
        when(dossiers.idOf(any(VariableScope.class))).thenReturn(DOSSIER_ID);
        when(dossiers.countNominees(DOSSIER_ID, NomineeStatus.ACTIVE)).thenAnswer(i -> 2L - struck.size());
        when(dossiers.countNominees(DOSSIER_ID, NomineeStatus.APPROVED)).thenAnswer(i -> awaitingDecision);
        org.mockito.Mockito.doAnswer(i -> struck.add(i.getArgument(0))).when(dossiers)
                .strikeNominee(org.mockito.ArgumentMatchers.anyLong(), anyString(), anyString());

        RoutePlanner planner = new RoutePlanner(organisations, new AwardRouting(engine.getDecisionService()));
        engineUser = new EngineUser(engine.getIdentityService());
        Actors actors = new Actors(engineUser);
        register("nominationRoute", new NominationRoute(dossiers, organisations));
        register("determineRoute", new DetermineRoute(planner, dossiers));
        register("checkDossierCompleteness", new CheckDossierCompleteness(dossiers, validation));
        register("checkEligibility", new CheckEligibility(dossiers, validation));
        register("presentDossier", new PresentDossier(dossiers, validation, new DossierPresentation(organisations), awards, audit));
        register("checkReviewOutcome", new CheckReviewOutcome(new ReviewDecisions(validation, dossiers, audit, labels), actors,
                dossiers));
        JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);
        register("recordCouncilVote", new RecordCouncilVote(new CouncilVoting(dossiers, settings, jdbc, audit, labels), actors,
                dossiers));
        register("resubmitDossier", new ResubmitDossier(dossiers, validation));
        register("stepDeadlines", deadlines);
        DossierEntries entries = new DossierEntries(registry, engineUser, audit);
        register("recordApprovedAwards", new RecordApprovedAwards(dossiers, entries, organisations));
        register("recordForwardedAwards", new RecordForwardedAwards(dossiers, entries));
        register("escalateOverdueTask", new EscalateOverdueTask(escalations, labels, dossiers,
                new NominationRoute(dossiers, organisations)));
        register("approveDossier", new ApproveDossier(dossiers));
        register("forwardDossierUpward", new ForwardDossierUpward(dossiers));
        register("forwardToProvince", new ForwardToProvince(dossiers));
        register("markDossierNotApproved", new MarkDossierNotApproved(dossiers));
        register("rejectDossier", new RejectDossier(dossiers));
        register("withdrawDossier", new WithdrawDossier(dossiers));
        register("markDossierDecided", new MarkDossierDecided(dossiers));
    }

    /** Makes the dossier under test ask for {@code awardCode} from {@code unitCode}, with two individuals. */
    Dossier dossier(String unitCode, String awardCode) {
        Dossier dossier = dossier(unitCode, awardCode, NomineeStatus.ACTIVE);
        org.mockito.Mockito.doAnswer(i -> dossier(unitCode, awardCode, NomineeStatus.APPROVED))
                .when(dossiers).approve(DOSSIER_ID);
        org.mockito.Mockito.doAnswer(i -> dossier(unitCode, awardCode, NomineeStatus.APPROVED))
                .when(dossiers).forwardUpward(DOSSIER_ID);
        org.mockito.Mockito.doAnswer(i -> {
            decidingLevel = i.getArgument(1);
            return dossier(unitCode, awardCode, NomineeStatus.ACTIVE);
        }).when(dossiers).markRouted(org.mockito.ArgumentMatchers.eq(DOSSIER_ID), anyString());
        return dossier;
    }

    private Dossier dossier(String unitCode, String awardCode, NomineeStatus nomineeStatus) {
        Dossier dossier = new Dossier(DOSSIER_ID, "HS-2026-000042", unitCode, awardCode, 2026, null, null, false,
                "Phong trào thi đua", null, DossierStatus.SUBMITTED, decidingLevel, false, null, null, null, null,
                "thuky.hoachung", OffsetDateTime.now(), OffsetDateTime.now(), OffsetDateTime.now(), null, 0,
                List.of(person(1, "Nguyễn Văn An", "001085012345", nomineeStatus),
                        person(2, "Lê Thị Bình", "001190067890", nomineeStatus)),
                List.of());
        when(dossiers.get(anyLong())).thenReturn(dossier);
        when(dossiers.get(any(VariableScope.class))).thenReturn(dossier);
        return dossier;
    }

    private static Nominee person(long id, String name, String cccd, NomineeStatus status) {
        return new Nominee(id, (int) id, NomineeKind.INDIVIDUAL, name, cccd, LocalDate.of(1985, 3, 1), "Giáo viên",
                true, null, false, null, null, null, null, DutyRating.HTXS, 1, 1, 12, false, "Thành tích",
                status, null, List.of());
    }

    private static void register(String name, Object delegate) {
        Mocks.register(name, delegate);
    }

    /** Builds a package-private class of another feature (the decision process) as Spring would. */
    static Object create(String className, Object... args) throws Exception {
        for (Constructor<?> constructor : Class.forName(className).getDeclaredConstructors()) {
            if (constructor.getParameterCount() == args.length) {
                constructor.setAccessible(true);
                return constructor.newInstance(args);
            }
        }
        throw new IllegalArgumentException("No constructor of " + className + " with " + args.length + " arguments");
    }
}
