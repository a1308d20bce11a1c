package vn.khenthuong.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.H2Database;
import vn.khenthuong.dossier.DossierStatus;
import vn.khenthuong.kernel.AccentFolding;

/** The auditor's search SQL on H2 in its default mode (the ITs run it on PostgreSQL). */
class DossierFinderH2Test {

    private JdbcClient jdbc;
    private DossierFinder finder;
    private long hoa;
    private long binh;
    private long kho;

    @BeforeEach
    void data() {
        jdbc = H2Database.migrated();
        jdbc.sql("""
                insert into organisation (code, name, level, kind, parent_code) values
                ('caobang', 'Tỉnh Cao Bằng', 'PROVINCE', 'PROVINCE', null),
                ('tpcb', 'Thành phố Cao Bằng', 'DISTRICT', 'DISTRICT', 'caobang'),
                ('thhoachung', 'Trường Tiểu học Hòa Chung', 'UNIT', 'UNIT', 'tpcb'),
                ('kbnn', 'Kho bạc Nhà nước Cao Bằng', 'UNIT', 'AGENCY', 'caobang')""").update();
        finder = new DossierFinder(jdbc);
        hoa = dossier("HS-2025-000101", "thhoachung", "LDTT", 2025, DossierStatus.RETURNED);
        nominee(hoa, "Nguyễn Thị Hoa", "004190001234");
        binh = dossier("HS-2024-000102", "thhoachung", "CSTD_CS", 2024, DossierStatus.DECIDED);
        nominee(binh, "Lục Thị Bình", "004190005678");
        nominee(binh, "Đàm Văn Đức", "004190009999");
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, full_name, award_code, award_year, decision_number,
                source, dossier_id, created_at) values ('INDIVIDUAL', '004190005678', 'Lục Thị Bình', 'CSTD_CS', 2024,
                '123/QĐ-UBND', 'APPROVAL', ?, ?)""").params(binh, OffsetDateTime.now()).update();
        kho = dossier("HS-2025-000103", "kbnn", "BK_T", 2025, DossierStatus.SUBMITTED);
        nominee(kho, "NGUYỄN VĂN HÒA", "004190002222");
        jdbc.sql("""
                insert into audit_event (id, occurred_at, actor, event_type, dossier_id, payload, prev_hash, hash)
                values (1, ?, 'noivu.tpcb', 'STEP_COMPLETED', ?, '{}', 'p', 'h')""").params(OffsetDateTime.now(), hoa).update();
    }

    @Test
    void findsByNameIgnoringCaseAndAccentsOrByCccd() {
        assertThat(ids(criteria("nguyen thi hoa", null))).containsExactly(hoa);
        assertThat(ids(criteria("Hòa", null))).as("Hoa and Hòa fold alike; newest first").containsExactly(kho, hoa);
        assertThat(ids(criteria("dam van duc", null))).containsExactly(binh);
        assertThat(ids(criteria("ĐÀM VĂN", null))).containsExactly(binh);
        assertThat(ids(criteria("004190005678", null))).containsExactly(binh);
        assertThat(ids(criteria("00419000567", null))).as("a CCCD matches whole").isEmpty();
        assertThat(ids(criteria("%", null))).as("wildcards are literal").isEmpty();
    }

    @Test
    void findsByDecisionNumberWholeOrByItsNumberActorStatusYearAwardCodeAndUnits() {
        assertThat(ids(criteria(null, "123/QĐ-UBND"))).containsExactly(binh);
        assertThat(ids(criteria(null, "123"))).containsExactly(binh);
        assertThat(ids(criteria(null, "12"))).isEmpty();
        assertThat(ids(form(new SearchCriteria.Form(null, null, null, null, null, null, null, null, "noivu.tpcb"))))
                .containsExactly(hoa);
        assertThat(ids(form(new SearchCriteria.Form(null, null, null, null, null, null, null, "DECIDED", null))))
                .containsExactly(binh);
        assertThat(ids(form(new SearchCriteria.Form(null, null, null, "BK_T", "2025", null, null, null, null))))
                .containsExactly(kho);
        assertThat(ids(form(new SearchCriteria.Form("hs-2025", null, null, null, null, null, null, null, null))))
                .containsExactly(kho, hoa);
        assertThat(ids(form(new SearchCriteria.Form(null, "kbnn", null, null, null, null, null, null, null))))
                .containsExactly(kho);
        assertThat(finder.find(SearchCriteria.of(SearchCriteria.Form.empty()), Set.of("thhoachung"), 10))
                .extracting(DossierFinder.Found::id).containsExactly(binh, hoa);
        assertThat(finder.find(SearchCriteria.of(SearchCriteria.Form.empty()), Set.of(), 10)).isEmpty();
    }

    @Test
    void findsADecisionNumberBelowTenWithOrWithoutItsLeadingZeroAsPrintedNowOrStoredBefore() {
        long padded = dossier("HS-2026-000201", "tpcb", "LDTT", 2026, DossierStatus.DECIDED);
        registryEntry(padded, "01/QĐ-UBND", "DECISION");
        long unpadded = dossier("HS-2023-000202", "tpcb", "LDTT", 2023, DossierStatus.DECIDED);
        registryEntry(unpadded, "1/QĐ-UBND", "IMPORT");
        long ten = dossier("HS-2026-000203", "tpcb", "LDTT", 2026, DossierStatus.DECIDED);
        registryEntry(ten, "10/QĐ-UBND", "DECISION");
        long otherSymbol = dossier("HS-2026-000204", "tpcb", "LDTT", 2026, DossierStatus.DECIDED);
        registryEntry(otherSymbol, "01/QĐ-CT", "DECISION");

        assertThat(ids(criteria(null, "1/QĐ-UBND"))).as("typed without the zero").containsExactly(unpadded, padded);
        assertThat(ids(criteria(null, "01/QĐ-UBND"))).as("typed as printed").containsExactly(unpadded, padded);
        assertThat(ids(criteria(null, "001/QĐ-UBND"))).containsExactly(unpadded, padded);
        assertThat(ids(criteria(null, "1"))).as("the number alone, any symbol").containsExactly(otherSymbol, unpadded, padded);
        assertThat(ids(criteria(null, "01"))).containsExactly(otherSymbol, unpadded, padded);
        assertThat(ids(criteria(null, "10/QĐ-UBND"))).containsExactly(ten);
        assertThat(ids(criteria(null, "10"))).containsExactly(ten);
        assertThat(ids(criteria(null, "0"))).isEmpty();
        assertThat(ids(criteria(null, "0/QĐ-UBND"))).isEmpty();
        assertThat(finder.find(criteria(null, "1/QĐ-UBND"), null, 10)).extracting(DossierFinder.Found::decisionNumbers)
                .as("each row shows the number as it is stored").containsExactly(List.of("1/QĐ-UBND"), List.of("01/QĐ-UBND"));
    }

    @Test
    void returnsNomineesAndDecisionNumbersWithEachDossierAndHonoursTheLimit() {
        List<DossierFinder.Found> found = finder.find(criteria(null, "123/QĐ-UBND"), null, 10);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("HS-2024-000102");
            assertThat(f.nominees()).containsExactly("Lục Thị Bình", "Đàm Văn Đức");
            assertThat(f.decisionNumbers()).containsExactly("123/QĐ-UBND");
            assertThat(f.status()).isEqualTo(DossierStatus.DECIDED);
        });
        assertThat(finder.find(SearchCriteria.of(SearchCriteria.Form.empty()), null, 2)).hasSize(2);
    }

    @Test
    void theFoldingTablesCoverEveryVietnameseLetter() {
        String vietnamese = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";
        for (String letter : (vietnamese + vietnamese.toUpperCase(java.util.Locale.ROOT)).split("")) {
            assertThat(AccentFolding.MARKED).as(letter).contains(letter);
        }
        assertThat(AccentFolding.MARKED).hasSameSizeAs(AccentFolding.PLAIN);
    }

    private List<Long> ids(SearchCriteria criteria) {
        return finder.find(criteria, null, 10).stream().map(DossierFinder.Found::id).toList();
    }

    private List<Long> ids(SearchCriteria.Form form) {
        return ids(SearchCriteria.of(form));
    }

    private static SearchCriteria criteria(String person, String decision) {
        return SearchCriteria.of(new SearchCriteria.Form(null, null, null, null, null, person, decision, null, null));
    }

    private static SearchCriteria form(SearchCriteria.Form form) {
        return SearchCriteria.of(form);
    }

    private long dossier(String code, String unit, String award, int year, DossierStatus status) {
        jdbc.sql("""
                insert into dossier (code, unit_code, award_code, period_year, status, created_by, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'thuky', ?, ?)""")
                .params(code, unit, award, year, status.name(), OffsetDateTime.now(), OffsetDateTime.now()).update();
        return jdbc.sql("select id from dossier where code = ?").param(code).query(Long.class).single();
    }

    private void registryEntry(long dossierId, String decisionNumber, String source) {
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, full_name, award_code, award_year, decision_number,
                source, dossier_id, created_at) values ('INDIVIDUAL', '004190007777', 'Bế Văn Sơn', 'LDTT', 2026, ?, ?, ?, ?)""")
                .params(decisionNumber, source, dossierId, OffsetDateTime.now()).update();
    }

    private void nominee(long dossierId, String name, String cccd) {
        jdbc.sql("insert into nominee (dossier_id, position_no, kind, full_name, cccd) values (?, ?, 'INDIVIDUAL', ?, ?)")
                .params(dossierId, 1 + jdbc.sql("select count(*) from nominee where dossier_id = ?").param(dossierId)
                        .query(Integer.class).single(), name, cccd)
                .update();
    }
}
