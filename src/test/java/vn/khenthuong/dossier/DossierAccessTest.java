package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

class DossierAccessTest {

    private static final List<Organisation> TREE = List.of(
            new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng"),
            new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng"),
            new Organisation("trungkhanh", "Huyện Trùng Khánh", OrgKind.DISTRICT, "caobang", "Trùng Khánh"),
            new Organisation("thhoachung", "Trường Tiểu học Hòa Chung", OrgKind.UNIT, "tpcb", null),
            new Organisation("thpttk", "Trường THPT Trùng Khánh", OrgKind.UNIT, "trungkhanh", null),
            new Organisation("xadinhphong", "UBND xã Đình Phong", OrgKind.UNIT, "trungkhanh", null),
            new Organisation("kbnn", "Kho bạc Nhà nước Cao Bằng", OrgKind.AGENCY, "caobang", null));
    private static final Map<String, Organisation> BY_CODE =
            TREE.stream().collect(Collectors.toMap(Organisation::code, Function.identity()));

    private final DossierAccess access = new DossierAccess(organisations());

    private static final CurrentUser SECRETARY_HOACHUNG = user("thuky.hoachung", OrgRole.SECRETARY, "thhoachung");
    private static final CurrentUser SECRETARY_THPTTK = user("thuky.thpttk", OrgRole.SECRETARY, "thpttk");
    private static final CurrentUser REVIEWER_TPCB = user("noivu.tpcb", OrgRole.REVIEWER, "tpcb");
    private static final CurrentUser COUNCIL_TPCB = user("hoidong.tpcb", OrgRole.COUNCIL, "tpcb");
    private static final CurrentUser REVIEWER_TK = user("noivu.tk", OrgRole.REVIEWER, "trungkhanh");
    private static final CurrentUser CHAIRMAN_TK = user("chutich.tk", OrgRole.CHAIRMAN, "trungkhanh");
    private static final CurrentUser REVIEWER_PROVINCE = user("bantdkt", OrgRole.REVIEWER, "caobang");
    private static final CurrentUser COUNCIL_PROVINCE = user("hoidong.tinh", OrgRole.COUNCIL, "caobang");
    private static final CurrentUser AUDITOR = user("kiemtra", OrgRole.AUDITOR, "caobang");
    private static final CurrentUser ADMIN = new CurrentUser("admin", List.of(), true);
    private static final CurrentUser NOBODY = new CurrentUser("khach", List.of(), false);

    @Test
    void secretaryReadsAndWritesOnlyTheirUnitsDossiers() {
        Dossier draft = dossier("thhoachung", DossierStatus.DRAFT, false, false);
        assertThat(access.canRead(SECRETARY_HOACHUNG, draft)).isTrue();
        assertThat(access.canWrite(SECRETARY_HOACHUNG, "thhoachung")).isTrue();
        assertThat(access.canRead(SECRETARY_THPTTK, draft)).isFalse();
        assertThat(access.canRead(SECRETARY_THPTTK, dossier("thhoachung", DossierStatus.SUBMITTED, true, true))).isFalse();
        assertThat(access.canWrite(SECRETARY_THPTTK, "thhoachung")).isFalse();
    }

    @Test
    void districtRolesReadWhatTheirUnitsSentUp() {
        Dossier submitted = dossier("thhoachung", DossierStatus.SUBMITTED, true, false);
        assertThat(access.canRead(REVIEWER_TPCB, submitted)).isTrue();
        assertThat(access.canRead(COUNCIL_TPCB, submitted)).isTrue();
        assertThat(access.canRead(REVIEWER_TPCB, dossier("thhoachung", DossierStatus.DRAFT, false, false))).isFalse();
        assertThat(access.canRead(REVIEWER_TPCB, dossier("thhoachung", DossierStatus.DECIDED, true, true))).isTrue();
        assertThat(access.canWrite(REVIEWER_TPCB, "thhoachung")).isFalse();
    }

    @Test
    void districtRolesDoNotReadOtherDistrictsOrProvincialAgencies() {
        Dossier hoaChung = dossier("thhoachung", DossierStatus.SUBMITTED, true, true);
        assertThat(access.canRead(REVIEWER_TK, hoaChung)).isFalse();
        assertThat(access.canRead(CHAIRMAN_TK, hoaChung)).isFalse();
        assertThat(access.canRead(REVIEWER_TK, dossier("xadinhphong", DossierStatus.SUBMITTED, true, false))).isTrue();
        assertThat(access.canRead(REVIEWER_TPCB, dossier("kbnn", DossierStatus.SUBMITTED, true, true))).isFalse();
    }

    @Test
    void aDraftWithdrawnBeforeSubmissionStaysTheUnitsOwn() {
        assertThat(access.canRead(REVIEWER_TPCB, dossier("thhoachung", DossierStatus.WITHDRAWN, false, false))).isFalse();
        assertThat(access.canRead(REVIEWER_TPCB, dossier("thhoachung", DossierStatus.WITHDRAWN, true, false))).isTrue();
        assertThat(access.canRead(SECRETARY_HOACHUNG, dossier("thhoachung", DossierStatus.WITHDRAWN, false, false))).isTrue();
    }

    @Test
    void provincialRolesReadOnlyWhatReachedTheProvince() {
        assertThat(access.canRead(REVIEWER_PROVINCE, dossier("thhoachung", DossierStatus.SUBMITTED, true, false))).isFalse();
        assertThat(access.canRead(REVIEWER_PROVINCE, dossier("thhoachung", DossierStatus.SUBMITTED, true, true))).isTrue();
        assertThat(access.canRead(COUNCIL_PROVINCE, dossier("kbnn", DossierStatus.SUBMITTED, true, true))).isTrue();
        assertThat(access.canWrite(REVIEWER_PROVINCE, "kbnn")).isFalse();
    }

    @Test
    void auditorAndAdminReadEverythingAndWriteNothing() {
        Dossier draft = dossier("thpttk", DossierStatus.DRAFT, false, false);
        for (CurrentUser reader : List.of(AUDITOR, ADMIN)) {
            assertThat(access.canRead(reader, draft)).isTrue();
            assertThat(access.canWrite(reader, "thpttk")).isFalse();
            assertThatThrownBy(() -> access.writable(reader, Optional.of(draft)))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
            assertThatThrownBy(() -> access.unitForNewDossier(reader, "thpttk"))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
        }
    }

    @Test
    void someoneWhoMayNotReadGetsNotFoundEvenForWrites() {
        Dossier draft = dossier("thhoachung", DossierStatus.DRAFT, false, false);
        for (CurrentUser outsider : List.of(SECRETARY_THPTTK, REVIEWER_TPCB, NOBODY)) {
            assertThatThrownBy(() -> access.writable(outsider, Optional.of(draft)))
                    .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        }
        assertThatThrownBy(() -> access.readable(SECRETARY_HOACHUNG, Optional.empty()))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.NOT_FOUND));
        assertThat(access.writable(SECRETARY_HOACHUNG, Optional.of(draft))).isSameAs(draft);
    }

    @Test
    void aReaderWhoMayNotWriteGetsForbidden() {
        Dossier submitted = dossier("thhoachung", DossierStatus.SUBMITTED, true, false);
        assertThatThrownBy(() -> access.writable(REVIEWER_TPCB, Optional.of(submitted)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void newDossiersGoToTheSecretarysOwnUnit() {
        assertThat(access.unitForNewDossier(SECRETARY_HOACHUNG, null)).isEqualTo("thhoachung");
        assertThat(access.unitForNewDossier(SECRETARY_HOACHUNG, "thhoachung")).isEqualTo("thhoachung");
        assertThatThrownBy(() -> access.unitForNewDossier(SECRETARY_HOACHUNG, "thpttk"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
                    assertThat(e.field()).isEqualTo("unitCode");
                });
        CurrentUser twoUnits = new CurrentUser("thuky.hai", List.of(
                new Membership("thpttk-thuky", "thpttk", OrgRole.SECRETARY),
                new Membership("xadinhphong-thuky", "xadinhphong", OrgRole.SECRETARY)), false);
        assertThatThrownBy(() -> access.unitForNewDossier(twoUnits, null))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
                    assertThat(e.field()).isEqualTo("unitCode");
                });
        assertThat(access.unitForNewDossier(twoUnits, "xadinhphong")).isEqualTo("xadinhphong");
        assertThatThrownBy(() -> access.unitForNewDossier(REVIEWER_TPCB, null))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.kind()).isEqualTo(Refusal.Kind.FORBIDDEN));
    }

    @Test
    void theListScopeAgreesWithCanReadForEveryCase() {
        List<CurrentUser> users = List.of(SECRETARY_HOACHUNG, SECRETARY_THPTTK, REVIEWER_TPCB, COUNCIL_TPCB, REVIEWER_TK,
                CHAIRMAN_TK, REVIEWER_PROVINCE, COUNCIL_PROVINCE, AUDITOR, ADMIN, NOBODY);
        List<Dossier> dossiers = new ArrayList<>();
        for (String unit : List.of("thhoachung", "thpttk", "xadinhphong", "kbnn")) {
            for (DossierStatus status : DossierStatus.values()) {
                for (boolean submitted : new boolean[] {false, true}) {
                    for (boolean reached : new boolean[] {false, true}) {
                        dossiers.add(dossier(unit, status, submitted, reached));
                    }
                }
            }
        }
        int readable = 0;
        for (CurrentUser user : users) {
            DossierAccess.Scope scope = access.scope(user);
            for (Dossier d : dossiers) {
                boolean canRead = access.canRead(user, d);
                readable += canRead ? 1 : 0;
                assertThat(scope.allows(d.unitCode(), d.status(), d.submittedAt() != null, d.reachedProvince()))
                        .as("%s on %s %s submitted=%s reached=%s", user.userId(), d.unitCode(), d.status(),
                                d.submittedAt() != null, d.reachedProvince())
                        .isEqualTo(canRead);
            }
        }
        assertThat(readable).isPositive().isLessThan(users.size() * dossiers.size());
        assertThat(access.scope(NOBODY).empty()).isTrue();
    }

    private static CurrentUser user(String id, OrgRole role, String org) {
        return new CurrentUser(id, List.of(new Membership(role.groupIdAt(org), org, role)), false);
    }

    private static Dossier dossier(String unit, DossierStatus status, boolean submitted, boolean reachedProvince) {
        OffsetDateTime now = OffsetDateTime.now();
        return new Dossier(1L, "HS-2026-000001", unit, "CSTD_CS", 2026, null, null, false, null, null, status, null,
                reachedProvince, null, null, null, null, "thuky", now, now, submitted ? now : null, null, 0, List.of(),
                List.of());
    }

    private static OrganisationService organisations() {
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.all()).thenReturn(TREE);
        when(organisations.find(any())).thenAnswer(i -> Optional.ofNullable(BY_CODE.get(i.<String>getArgument(0))));
        when(organisations.isWithin(any(), any())).thenAnswer(i -> {
            String ancestor = i.getArgument(1);
            for (Organisation o = BY_CODE.get(i.<String>getArgument(0)); o != null; o = BY_CODE.get(o.parentCode())) {
                if (o.code().equals(ancestor)) {
                    return true;
                }
            }
            return false;
        });
        return organisations;
    }
}
