package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.khenthuong.H2Database;
import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.Sha256;
import vn.khenthuong.kernel.VietnamTime;

/** The repository's SQL on H2 in its default mode (the ITs run it on PostgreSQL). */
class DossierRepositoryH2Test {

    private JdbcClient jdbc;
    private DossierRepository repository;

    @BeforeEach
    void migrate() {
        jdbc = H2Database.migrated();
        jdbc.sql("""
                insert into organisation (code, name, level, kind, parent_code) values
                ('caobang', 'Tỉnh Cao Bằng', 'PROVINCE', 'PROVINCE', null),
                ('tpcb', 'Thành phố Cao Bằng', 'DISTRICT', 'DISTRICT', 'caobang'),
                ('thhoachung', 'Trường Tiểu học Hòa Chung', 'UNIT', 'UNIT', 'tpcb'),
                ('thpttk', 'Trường THPT Trùng Khánh', 'UNIT', 'UNIT', 'caobang')""").update();
        repository = new DossierRepository(jdbc);
    }

    @Test
    void writesAndReadsADossierWithNomineesAndDocuments() {
        long id = repository.insert(content("thhoachung", List.of(individual(null, 1, "Nguyễn Thị Hoa", "004190001234"))),
                "thuky.hoachung", VietnamTime.now());
        repository.setCode(id, DossierCode.of(2025, id));
        repository.insertNominee(id, individual(null, 1, "Nguyễn Thị Hoa", "004190001234"));
        byte[] bytes = "%PDF-1.4 tờ trình".getBytes(StandardCharsets.UTF_8);
        long documentId = repository.insertDocument(id, new DocumentInfo(null, DocumentKind.TO_TRINH, "Tờ trình.pdf",
                "application/pdf", bytes.length, Sha256.hex(bytes), "thuky.hoachung", VietnamTime.now()),
                bytes, null);

        Dossier d = repository.find(id).orElseThrow();
        assertThat(d.code()).isEqualTo(DossierCode.of(2025, id));
        assertThat(d.status()).isEqualTo(DossierStatus.DRAFT);
        assertThat(d.nominees()).singleElement().satisfies(n -> {
            assertThat(n.fullName()).isEqualTo("Nguyễn Thị Hoa");
            assertThat(n.dutyRating()).isEqualTo(DutyRating.HTXS);
        });
        assertThat(d.documents()).singleElement().satisfies(doc -> assertThat(doc.fileName()).isEqualTo("Tờ trình.pdf"));
        assertThat(repository.document(id, documentId).orElseThrow().content()).isEqualTo(bytes);
        assertThat(repository.document(id + 1, documentId)).isEmpty();
        assertThat(repository.deleteDocument(id, documentId)).isTrue();
        assertThat(repository.find(id).orElseThrow().documents()).isEmpty();
    }

    @Test
    void updatesContentOnlyAtTheExpectedVersionAndWhileEditable() {
        long id = repository.insert(content("thhoachung", List.of()), "thuky.hoachung", VietnamTime.now());
        repository.insertNominee(id, individual(null, 1, "Nguyễn Văn An", "004190000001"));
        long nomineeId = repository.nominees(id).get(0).id();

        assertThat(repository.updateContent(id, content("thhoachung", List.of()), 5, VietnamTime.now())).isFalse();
        assertThat(repository.updateContent(id, content("thhoachung", List.of()), 0, VietnamTime.now())).isTrue();
        assertThat(repository.find(id).orElseThrow().version()).isEqualTo(1);
        repository.updateNominee(id, individual(nomineeId, 2, "Nguyễn Văn Bình", "004190000002"));
        assertThat(repository.nominees(id)).singleElement().satisfies(n -> {
            assertThat(n.fullName()).isEqualTo("Nguyễn Văn Bình");
            assertThat(n.positionNo()).isEqualTo(2);
        });

        assertThat(repository.markSubmittedFromDraft(id, VietnamTime.now())).isTrue();
        assertThat(repository.markSubmittedFromDraft(id, VietnamTime.now())).isFalse();
        assertThat(repository.updateContent(id, content("thhoachung", List.of()), null, VietnamTime.now())).isFalse();
        assertThat(repository.touchIfEditable(id, VietnamTime.now())).isFalse();
        repository.deleteNominee(id, nomineeId);
        assertThat(repository.nominees(id)).isEmpty();
    }

    @Test
    void aPersonsInitiativesAreStoredInTheirOrderAndReplacedOnUpdate() {
        long id = repository.insert(content("thhoachung", List.of()), "thuky.hoachung", VietnamTime.now());
        Initiative unit = new Initiative(InitiativeKind.SANG_KIEN, "Dạy học STEM ở vùng cao",
                "Hội đồng sáng kiến Trường Tiểu học Hòa Chung", LocalDate.of(2024, 5, 20), null, InitiativeScope.UNIT);
        Initiative provincial = new Initiative(InitiativeKind.GIAI_PHAP, "Dạy tiếng Việt qua trò chơi dân gian",
                "Hội đồng sáng kiến tỉnh Cao Bằng", LocalDate.of(2025, 10, 15), "1520/QĐ-UBND", InitiativeScope.PROVINCE);
        long nomineeId = repository.insertNominee(id, withInitiatives(individual(null, 1, "Nông Văn Thành", "004085001234"),
                List.of(provincial, unit)));
        repository.insertNominee(id, individual(null, 2, "Hoàng Thị Lụa", "004190005678"));

        List<Nominee> stored = repository.nominees(id);
        assertThat(stored.get(0).id()).isEqualTo(nomineeId);
        assertThat(stored.get(0).initiatives()).containsExactly(provincial, unit);
        assertThat(stored.get(1).initiatives()).isEmpty();

        Initiative national = new Initiative(InitiativeKind.DE_TAI, "Bảo tồn chữ Nôm Tày", "Bộ Khoa học và Công nghệ",
                LocalDate.of(2025, 12, 1), "88/QĐ-BKHCN", InitiativeScope.NATIONAL);
        repository.updateNominee(id, withInitiatives(individual(nomineeId, 1, "Nông Văn Thành", "004085001234"),
                List.of(unit, national)));
        assertThat(repository.find(id).orElseThrow().nominees().get(0).initiatives()).containsExactly(unit, national);

        long other = repository.insert(content("thhoachung", List.of()), "thuky.hoachung", VietnamTime.now());
        repository.updateNominee(other, withInitiatives(individual(nomineeId, 1, "Nông Văn Thành", "004085001234"),
                List.of()));
        assertThat(repository.nominees(id).get(0).initiatives()).as("not another dossier's nominee").hasSize(2);

        repository.deleteNominee(id, nomineeId);
        assertThat(jdbc.sql("select count(*) from nominee_initiative").query(Long.class).single()).isZero();
    }

    @Test
    void listsOnlyWhatTheScopeAllows() {
        long ownDraft = repository.insert(content("thhoachung", List.of()), "a", VietnamTime.now());
        long submitted = repository.insert(content("thhoachung", List.of()), "a", VietnamTime.now());
        repository.markSubmittedFromDraft(submitted, VietnamTime.now());
        long withdrawnDraft = repository.insert(content("thhoachung", List.of()), "a", VietnamTime.now());
        repository.withdrawDraft(withdrawnDraft, "Lập nhầm", VietnamTime.now());
        long other = repository.insert(content("thpttk", List.of()), "b", VietnamTime.now());
        repository.markSubmittedFromDraft(other, VietnamTime.now());
        repository.markReachedProvince(other);
        DossierFilter any = new DossierFilter(null, null, null, null);

        assertThat(ids(repository.list(any, DossierAccess.Scope.EVERYTHING, 100)))
                .containsExactly(other, withdrawnDraft, submitted, ownDraft);
        assertThat(ids(repository.list(any, new DossierAccess.Scope(false, Set.of("thhoachung"), Set.of(), Set.of()), 100)))
                .containsExactly(withdrawnDraft, submitted, ownDraft);
        assertThat(ids(repository.list(any, new DossierAccess.Scope(false, Set.of(), Set.of("thhoachung"), Set.of()), 100)))
                .containsExactly(submitted);
        assertThat(ids(repository.list(any, new DossierAccess.Scope(false, Set.of(), Set.of(),
                Set.of("thhoachung", "thpttk")), 100))).containsExactly(other);
        assertThat(repository.list(any, new DossierAccess.Scope(false, Set.of(), Set.of(), Set.of()), 100)).isEmpty();
        assertThat(ids(repository.list(new DossierFilter("thhoachung", DossierStatus.SUBMITTED, 2025, "CSTD_CS"),
                DossierAccess.Scope.EVERYTHING, 100))).containsExactly(submitted);
        assertThat(repository.list(new DossierFilter(null, null, 2024, null), DossierAccess.Scope.EVERYTHING, 100)).isEmpty();
        assertThat(repository.list(any, DossierAccess.Scope.EVERYTHING, 2)).hasSize(2);
        assertThat(repository.list(any, DossierAccess.Scope.EVERYTHING, 100).get(0).nomineeCount()).isZero();
    }

    private static List<Long> ids(List<DossierSummary> rows) {
        return rows.stream().map(DossierSummary::id).toList();
    }

    private static DossierContent content(String unit, List<Nominee> nominees) {
        return new DossierContent(unit, "CSTD_CS", 2025, LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31), false,
                "Dạy tốt, học tốt", "Tóm tắt", nominees);
    }

    private static Nominee individual(Long id, int position, String name, String cccd) {
        return new Nominee(id, position, NomineeKind.INDIVIDUAL, name, cccd, LocalDate.of(1985, 3, 12), "Giáo viên",
                true, null, false, null, null, null, null, DutyRating.HTXS, 2, 1, 12, false, "Thành tích",
                NomineeStatus.ACTIVE, null, List.of());
    }

    private static Nominee withInitiatives(Nominee n, List<Initiative> initiatives) {
        return new Nominee(n.id(), n.positionNo(), n.kind(), n.fullName(), n.cccd(), n.birthDate(), n.jobTitle(),
                n.directWorker(), n.collectiveCode(), n.smallCollective(), n.memberCount(), n.ldttCount(), n.cstdcsCount(),
                n.disciplinedCount(), n.dutyRating(), n.excellentYears(), initiatives.size(), n.monthsOfService(),
                n.underDiscipline(), n.achievement(), n.status(), n.struckReason(), initiatives);
    }
}
