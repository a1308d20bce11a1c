package vn.khenthuong.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.khenthuong.PostgresIntegrationTest;
import vn.khenthuong.calendar.WorkingCalendar;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierLifecycle;
import vn.khenthuong.dossier.Finding;
import vn.khenthuong.dossier.Severity;
import vn.khenthuong.dossier.StoredFinding;
import vn.khenthuong.organisation.OrgKind;
import vn.khenthuong.organisation.OrgRole;
import vn.khenthuong.organisation.Organisation;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.registry.AwardRegistry;
import vn.khenthuong.registry.MeritKind;
import vn.khenthuong.registry.RegistryEntry;
import vn.khenthuong.registry.RegistrySource;
import vn.khenthuong.registry.SubjectKind;
import vn.khenthuong.settings.Settings;
import vn.khenthuong.testsupport.FileUpload;

/** Settings, registry, calendar and dossier validation against PostgreSQL and through the HTTP API. */
@PostgresIntegrationTest
class RulesIT {

    private static final String PASSWORD = "demo";
    private static final String ADMIN = "rulesit.admin";
    private static final String PROVINCE_REVIEWER = "rulesit.bantdkt";
    private static final String DISTRICT_REVIEWER = "rulesit.noivu";
    private static final String SECRETARY = "rulesit.thuky";
    private static final String AUDITOR = "rulesit.kiemtra";
    private static final String NOBODY = "rulesit.khach";

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired OrganisationService organisations;
    @Autowired Settings settings;
    @Autowired AwardRegistry registry;
    @Autowired WorkingCalendar calendar;
    @Autowired DossierValidation validation;
    @Autowired DossierLifecycle dossiers;
    @Autowired JdbcClient jdbc;

    /** Letters only, so that it can be part of a Vietnamese name. */
    private final String run = randomLetters(8);

    @BeforeEach
    void ensureOrganisationsAndAccounts() {
        ensureOrg(new Organisation("caobang", "Tỉnh Cao Bằng", OrgKind.PROVINCE, null, "Cao Bằng"));
        ensureOrg(new Organisation("tpcb", "Thành phố Cao Bằng", OrgKind.DISTRICT, "caobang", "Cao Bằng"));
        ensureOrg(new Organisation("trungkhanh", "Huyện Trùng Khánh", OrgKind.DISTRICT, "caobang", "Trùng Khánh"));
        ensureOrg(new Organisation("thhoachung", "Trường Tiểu học Hòa Chung", OrgKind.UNIT, "tpcb", "Cao Bằng"));
        ensureOrg(new Organisation("thpttk", "Trường THPT Trùng Khánh", OrgKind.UNIT, "trungkhanh", "Trùng Khánh"));
        ensureUser(PROVINCE_REVIEWER, organisations.groupFor("caobang", OrgRole.REVIEWER));
        ensureUser(DISTRICT_REVIEWER, organisations.groupFor("tpcb", OrgRole.REVIEWER));
        ensureUser(SECRETARY, organisations.groupFor("thhoachung", OrgRole.SECRETARY));
        ensureUser(AUDITOR, organisations.groupFor("caobang", OrgRole.AUDITOR));
        ensureUser(NOBODY, null);
        if (identity.createGroupQuery().groupId("camunda-admin").singleResult() == null) {
            Group admins = identity.newGroup("camunda-admin");
            admins.setName("Quản trị hệ thống");
            admins.setType("SYSTEM");
            identity.saveGroup(admins);
        }
        ensureUser(ADMIN, "camunda-admin");
    }

    @Test
    void settingsInForceDependOnTheDateAndAdminsAddThem() {
        assertThat(settings.text("bonus-multiplier.BK_T", LocalDate.of(2025, 6, 30))).isEqualTo("1.0");
        assertThat(settings.decimal("bonus-multiplier.BK_T", LocalDate.of(2025, 7, 1))).isEqualByComparingTo("1.5");
        assertThat(settings.integer("ldtt.min-months-of-service", LocalDate.of(2025, 7, 1))).isEqualTo(10);
        assertThat(settings.find("rule-set", LocalDate.of(2023, 12, 31))).isEmpty();
        assertThatThrownBy(() -> settings.text("khong-co." + run, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("khong-co." + run);

        String key = "rulesit." + run;
        ResponseEntity<Map<String, Object>> created = post(ADMIN, "/api/settings",
                Map.of("key", key, "value", "12", "effectiveFrom", "2030-01-01", "note", "Thử nghiệm"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody()).containsEntry("key", key).containsEntry("effectiveFrom", "2030-01-01");
        assertThat(settings.find(key, LocalDate.of(2029, 12, 31))).isEmpty();
        assertThat(settings.integer(key, LocalDate.of(2030, 1, 1))).isEqualTo(12);
        assertThat(post(ADMIN, "/api/settings", Map.of("key", key, "value", "10", "effective_from", "2024-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(settings.integer(key, LocalDate.of(2029, 1, 1))).isEqualTo(10);

        ResponseEntity<List<Map<String, Object>>> all = rest.withBasicAuth(SECRETARY, PASSWORD)
                .exchange("/api/settings", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(all.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(all.getBody()).filteredOn(r -> key.equals(r.get("key"))).extracting(r -> r.get("value"))
                .containsExactly("10", "12");

        assertThat(post(SECRETARY, "/api/settings", Map.of("key", key, "value", "1", "effectiveFrom", "2031-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> noDate = post(ADMIN, "/api/settings", Map.of("key", key, "value", "1"));
        assertThat(noDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noDate.getBody()).containsEntry("field", "effectiveFrom");
        assertThat(post(ADMIN, "/api/settings", Map.of("key", key, "value", "mười", "effectiveFrom", "2032-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(ADMIN, "/api/settings", Map.of("key", "có dấu", "value", "1", "effectiveFrom", "2032-01-01"))
                .getBody()).containsEntry("field", "key");
        assertThat(post(ADMIN, "/api/settings", Map.of("key", key, "value", "1", "effectiveFrom", "2030-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void registryImportStoresGoodLinesAndRefusesBadOnes() {
        String an = cccd();
        String binh = cccd();
        String nfdName = Normalizer.normalize("Nguyễn Thị Hồng " + run, Normalizer.Form.NFD);
        String csv = "\uFEFFloai;cccd;ma_tap_the;ho_ten;don_vi;danh_hieu;nam;loai_khen;so_quyet_dinh;ngay_quyet_dinh;co_quan_quyet_dinh\n"
                + "CA_NHAN;" + an + ";;\"" + nfdName + "\";thhoachung;CSTD_CS;2024;;\"15/QĐ-UBND\";20/12/2024;\"UBND thành phố Cao Bằng\"\n"
                + "TAP_THE;;to-toan-" + run + ";Tổ Toán;thhoachung;TT_LDTT;2024;THUONG_XUYEN;;;\n"
                + "CA_NHAN;12345;;Lê Văn Bình;thhoachung;LDTT;2024;;;;\n"
                + "CA_NHAN;" + binh + ";;Lê Văn Bình;thhoachung;KHONG_CO;2024;;;;\n"
                + "CA_NHAN;" + an + ";;Nguyễn Thị Hồng;thhoachung;CSTD_CS;2024;;;;\n";

        ResponseEntity<Map<String, Object>> response = upload(PROVINCE_REVIEWER, csv);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("accepted", 2).containsEntry("refused", 3);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) response.getBody().get("rows");
        assertThat(rows).extracting(r -> r.get("line")).containsExactly(4, 5, 6);
        assertThat(rows.get(0).get("reason")).isEqualTo("Số CCCD phải gồm đúng 12 chữ số");
        assertThat(rows.get(1).get("reason")).isEqualTo("Danh hiệu \"KHONG_CO\" không có trong danh mục khen thưởng");
        assertThat(rows.get(2).get("reason")).isEqualTo("Trùng với dòng 2 của tệp (cùng đối tượng, danh hiệu và năm)");

        List<RegistryEntry> stored = registry.ofIndividual(an);
        assertThat(stored).singleElement().satisfies(e -> {
            assertThat(e.fullName()).isEqualTo(Normalizer.normalize(nfdName, Normalizer.Form.NFC));
            assertThat(e.source()).isEqualTo(RegistrySource.IMPORT);
            assertThat(e.meritKind()).isEqualTo(MeritKind.MERIT);
            assertThat(e.decisionDate()).isEqualTo(LocalDate.of(2024, 12, 20));
            assertThat(e.createdBy()).isEqualTo(PROVINCE_REVIEWER);
        });
        assertThat(registry.ofCollective("to-toan-" + run)).extracting(RegistryEntry::awardCode).containsExactly("TT_LDTT");

        ResponseEntity<Map<String, Object>> again = upload(ADMIN, "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,"
                + "loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\nCA_NHAN," + an + ",,Nguyễn Thị Hồng,,CSTD_CS,2024,,,,\n");
        assertThat(again.getBody()).containsEntry("accepted", 0).containsEntry("refused", 1);
        assertThat(again.getBody().toString()).contains("Đã có trong sổ theo dõi khen thưởng: Chiến sĩ thi đua cơ sở năm 2024");

        assertThat(upload(SECRETARY, csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload(DISTRICT_REVIEWER, csv).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map<String, Object>> noHeader = upload(ADMIN, "a,b\n1,2\n");
        assertThat(noHeader.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noHeader.getBody()).containsEntry("field", "file");
    }

    @Test
    void registrySearchIgnoresAccentsAndLimitsSecretariesToTheirUnit() {
        String name = "Lường Văn Khánh " + run;
        registry.record(entry(cccd(), name, "thhoachung", "LDTT", 2024));
        registry.record(entry(cccd(), name, "thpttk", "LDTT", 2024));
        String query = "luong van khanh " + run.toUpperCase();

        assertThat(search(AUDITOR, "name=" + query).getBody()).extracting(e -> e.get("unitCode"))
                .containsExactlyInAnyOrder("thhoachung", "thpttk");
        assertThat(search(DISTRICT_REVIEWER, "name=" + query).getBody()).hasSize(2);
        assertThat(search(ADMIN, "name=" + query + "&unit=thpttk").getBody()).extracting(e -> e.get("unitCode"))
                .containsExactly("thpttk");
        assertThat(search(SECRETARY, "name=" + query).getBody()).extracting(e -> e.get("unitCode"))
                .containsExactly("thhoachung");
        assertThat(search(SECRETARY, "name=" + query + "&unit=thpttk").getBody()).isEmpty();

        ResponseEntity<String> noFilter = rest.withBasicAuth(AUDITOR, PASSWORD).getForEntity("/api/registry", String.class);
        assertThat(noFilter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noFilter.getBody()).contains("Cần ít nhất một điều kiện tìm kiếm");
        assertThat(rest.withBasicAuth(NOBODY, PASSWORD).getForEntity("/api/registry?name=" + query, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void validationUsesTheDecisionTableAndOtherDossiersAndStoresOverrides() {
        String an = cccd();
        long dossierId = insertDossier("thhoachung", "LDTT", 2025, "DRAFT", an);
        long otherId = insertDossier("thhoachung", "LDTT", 2025, "SUBMITTED", an);
        insertDossier("thhoachung", "LDTT", 2025, "WITHDRAWN", an);
        Dossier dossier = dossiers.get(dossierId);

        List<Finding> completeness = validation.completeness(dossier);
        assertThat(completeness).filteredOn(f -> f.ruleCode().equals(RequiredDocumentsRule.CODE))
                .extracting(Finding::message).containsExactly("Hồ sơ thiếu tài liệu: Tờ trình",
                        "Hồ sơ thiếu tài liệu: Danh sách đề nghị", "Hồ sơ thiếu tài liệu: Báo cáo thành tích",
                        "Hồ sơ thiếu tài liệu: Biên bản họp Hội đồng");
        // On behalf of a signed-in user the engine checks the permission to evaluate the decision table.
        identity.setAuthentication(SECRETARY, List.of(organisations.groupFor("thhoachung", OrgRole.SECRETARY)));
        try {
            assertThat(validation.completeness(dossier)).isEqualTo(completeness);
        } finally {
            identity.clearAuthentication();
        }
        List<Finding> eligibility = validation.eligibility(dossier, LocalDate.of(2026, 1, 15));
        assertThat(eligibility).extracting(Finding::message).containsExactly("Nguyễn Văn An " + run
                + ": đang được đề nghị Lao động tiên tiến năm 2025 trong hồ sơ RIT-" + otherId
                + " — mỗi thành tích chỉ được khen thưởng một lần");

        List<Finding> all = validation.all(dossier, LocalDate.of(2026, 1, 15));
        validation.store(dossierId, all);
        assertThat(validation.findings(dossierId)).hasSize(5).allSatisfy(f -> assertThat(f.overriddenBy()).isNull());
        assertThat(validation.hasBlockingErrors(dossierId)).isTrue();

        assertThatThrownBy(() -> validation.overrideErrors(dossierId, PROVINCE_REVIEWER, " "))
                .isInstanceOf(IllegalArgumentException.class);
        validation.overrideErrors(dossierId, PROVINCE_REVIEWER, "Hồ sơ giấy đã đủ, chờ số hoá");
        assertThat(validation.hasBlockingErrors(dossierId)).isFalse();
        assertThat(validation.findings(dossierId)).allSatisfy(f -> {
            assertThat(f.overriddenBy()).isEqualTo(PROVINCE_REVIEWER);
            assertThat(f.overrideReason()).isEqualTo("Hồ sơ giấy đã đủ, chờ số hoá");
        });

        Finding newError = Finding.error(null, "TEST", "Lỗi mới " + run);
        Finding warning = Finding.warning(null, "TEST", "Lưu ý " + run);
        validation.store(dossierId, concat(all, newError, warning));
        List<StoredFinding> stored = validation.findings(dossierId);
        assertThat(stored).hasSize(7);
        assertThat(stored).filteredOn(f -> f.overriddenBy() == null).extracting(StoredFinding::message)
                .containsExactlyInAnyOrder("Lỗi mới " + run, "Lưu ý " + run);
        assertThat(stored.get(6).checkedAt().getOffset().getTotalSeconds()).isEqualTo(7 * 3600);
        assertThat(validation.hasBlockingErrors(dossierId)).isTrue();

        validation.store(dossierId, List.of(warning));
        assertThat(validation.findings(dossierId)).hasSize(6);
        assertThat(validation.hasBlockingErrors(dossierId)).isFalse();
    }

    @Test
    void quotaCountsOtherLiveDossiersAndTheUnitsLdttInTheRegistry() {
        String unit = "rit" + run;
        organisations.register(new Organisation(unit, "Trường thử nghiệm " + run, OrgKind.UNIT, "tpcb", "Cao Bằng"));
        long dossierId = insertDossier(unit, "CSTD_CS", 2025, "DRAFT", cccd());
        Dossier dossier = dossiers.get(dossierId);
        LocalDate decision = LocalDate.of(2026, 1, 15);

        assertThat(validation.eligibility(dossier, decision)).filteredOn(f -> f.ruleCode().equals(QuotaRule.CODE))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);

        for (int i = 0; i < 10; i++) {
            registry.record(entry(cccd(), "Người " + i, unit, "LDTT", 2025));
        }
        assertThat(registry.count(unit, "LDTT", 2025)).isEqualTo(10);
        assertThat(validation.eligibility(dossier, decision)).filteredOn(f -> f.ruleCode().equals(QuotaRule.CODE)).isEmpty();

        insertDossier(unit, "CSTD_CS", 2025, "SUBMITTED", cccd());
        assertThat(validation.eligibility(dossier, decision)).filteredOn(f -> f.ruleCode().equals(QuotaRule.CODE))
                .extracting(Finding::message).containsExactly("Đơn vị đề nghị 2 Chiến sĩ thi đua cơ sở năm 2025"
                        + " (gồm 1 trong hồ sơ khác), vượt giới hạn 15% của 10 Lao động tiên tiến (tối đa 1)");
    }

    @Test
    void workingCalendarFollowsTheAnnouncedDaysAndComputesOtherYears() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 27))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(calendar.deadline(OffsetDateTime.parse("2026-02-13T09:00:00+07:00"), 1))
                .isEqualTo(OffsetDateTime.parse("2026-02-23T17:00:00+07:00"));

        ResponseEntity<Map<String, Object>> y2025 = rest.withBasicAuth(SECRETARY, PASSWORD)
                .exchange("/api/calendar/2025", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(y2025.getBody()).containsEntry("computed", false);
        assertThat(y2025.getBody().get("days").toString()).contains("date=2025-02-08, type=WORKDAY");

        int farYear = 2100 + ThreadLocalRandom.current().nextInt(99);
        ResponseEntity<Map<String, Object>> computed = rest.withBasicAuth(SECRETARY, PASSWORD)
                .exchange("/api/calendar/" + farYear, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(computed.getBody()).containsEntry("computed", true);
        assertThat(computed.getBody().get("days").toString()).contains("Tết Nguyên đán", "Giỗ Tổ Hùng Vương");

        LocalDate saturday = LocalDate.of(farYear, 3, 1).with(java.time.temporal.TemporalAdjusters.nextOrSame(
                java.time.DayOfWeek.SATURDAY));
        Map<String, Object> workday = Map.of("date", saturday.toString(), "type", "WORKDAY", "name", "Làm bù");
        assertThat(post(SECRETARY, "/api/calendar", workday).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(ADMIN, "/api/calendar", Map.of("date", saturday.plusDays(2).toString(), "type", "WORKDAY",
                "name", "Làm bù")).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(ADMIN, "/api/calendar", workday).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        ResponseEntity<Map<String, Object>> entered = rest.withBasicAuth(SECRETARY, PASSWORD)
                .exchange("/api/calendar/" + farYear, HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(entered.getBody()).containsEntry("computed", false);
        assertThat(entered.getBody().get("days").toString()).contains("Tết Nguyên đán", "type=WORKDAY");
    }

    @Test
    void awardCatalogueIsListedInOrder() {
        ResponseEntity<List<Map<String, Object>>> awards = rest.withBasicAuth(SECRETARY, PASSWORD)
                .exchange("/api/awards", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(awards.getBody()).hasSize(12);
        assertThat(awards.getBody().get(0)).containsEntry("code", "LDTT").containsEntry("target", "INDIVIDUAL");
        assertThat(awards.getBody()).extracting(a -> a.get("code")).containsSubsequence("CSTD_CS", "CSTD_T", "HC_LD");
    }

    private long insertDossier(String unit, String award, int year, String status, String nomineeCccd) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now();
        jdbc.sql("""
                insert into dossier (unit_code, award_code, period_year, status, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(unit, award, year, status, SECRETARY, now, now).update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update dossier set code = ? where id = ?").params("RIT-" + id, id).update();
        jdbc.sql("""
                insert into nominee (dossier_id, position_no, kind, full_name, cccd, birth_date, job_title, duty_rating,
                initiative_count, months_of_service) values (?, 1, 'INDIVIDUAL', ?, ?, ?, 'Giáo viên', 'HTXS', 1, 12)""")
                .params(id, "Nguyễn Văn An " + run, nomineeCccd, LocalDate.of(1985, 4, 2)).update();
        return id;
    }

    private RegistryEntry entry(String cccd, String name, String unit, String award, int year) {
        return new RegistryEntry(null, SubjectKind.INDIVIDUAL, cccd, null, name, unit, award, year, null, null,
                MeritKind.MERIT, null, null, null, RegistrySource.IMPORT, null, null, "rulesit", null);
    }

    private ResponseEntity<Map<String, Object>> post(String user, String path, Map<String, Object> body) {
        return rest.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.POST, new HttpEntity<>(body),
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<List<Map<String, Object>>> search(String user, String query) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/registry?" + query, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> upload(String user, String csv) {
        return rest.withBasicAuth(user, PASSWORD).exchange("/api/registry/import", HttpMethod.POST,
                FileUpload.of("so-khen-thuong.csv", csv.getBytes(StandardCharsets.UTF_8)),
                new ParameterizedTypeReference<>() { });
    }

    private void ensureOrg(Organisation org) {
        if (organisations.find(org.code()).isEmpty()) {
            organisations.register(org);
        }
    }

    private void ensureUser(String userId, String groupId) {
        if (identity.createUserQuery().userId(userId).singleResult() == null) {
            User user = identity.newUser(userId);
            user.setFirstName("Kiểm thử");
            user.setLastName(userId);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        if (groupId != null && identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
            identity.createMembership(userId, groupId);
        }
    }

    private static String cccd() {
        return String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    private static String randomLetters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T> list, T... more) {
        List<T> all = new java.util.ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
