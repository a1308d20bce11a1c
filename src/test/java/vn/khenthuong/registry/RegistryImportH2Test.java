package vn.khenthuong.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.khenthuong.H2Database;
import vn.khenthuong.award.Award;
import vn.khenthuong.award.AwardCatalogue;
import vn.khenthuong.award.AwardKind;
import vn.khenthuong.award.AwardTarget;
import vn.khenthuong.kernel.Refusal;
import vn.khenthuong.organisation.OrganisationService;

/** Imports on H2 (the ITs run them on PostgreSQL): batches, repeats across batches, the row cap, time limit and shutdown. */
class RegistryImportH2Test {

    private static final String HEADER =
            "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,co_quan_quyet_dinh\n";
    private static final Map<String, Award> AWARDS = Map.of(
            "LDTT", new Award("LDTT", "Lao động tiên tiến", AwardKind.TITLE, AwardTarget.INDIVIDUAL),
            "TT_LDTT", new Award("TT_LDTT", "Tập thể lao động tiên tiến", AwardKind.TITLE, AwardTarget.COLLECTIVE));

    private DataSource dataSource;
    private JdbcClient jdbc;
    private RegistryRepository repository;

    @BeforeEach
    void migrate() {
        dataSource = H2Database.migratedDataSource();
        jdbc = JdbcClient.create(dataSource);
        repository = new RegistryRepository(jdbc);
    }

    @Test
    void storesGoodLinesBatchByBatchAndRefusesRepeatsAcrossBatches() {
        repository.insert(entry("004190000007", "Lê Thị Đã Có"), "le thi da co");
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 2500; i++) {
            csv.append(line(i, "Nguyễn Văn Số " + i));
        }
        csv.append(line(1, "Nguyễn Văn Số 1 lặp lại"));

        ImportReport report = run(csv.toString(), 10_000, () -> { });

        assertThat(report.accepted()).isEqualTo(2499);
        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.rows()).containsExactly(
                new ImportReport.Row(8, "Nguyễn Văn Số 7",
                        "Đã có trong sổ theo dõi khen thưởng: Lao động tiên tiến năm 2024"),
                new ImportReport.Row(2502, "Nguyễn Văn Số 1 lặp lại",
                        "Trùng với dòng 2 của tệp (cùng đối tượng, danh hiệu và năm)"));
        assertThat(count()).isEqualTo(2500);
        assertThat(jdbc.sql("select search_name from registry_entry where cccd = '004190002500'").query(String.class)
                .single()).isEqualTo("nguyen van so 2500");
    }

    @Test
    void aFileAboveTheCapIsRefusedAndNothingStays() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1501; i++) {
            csv.append(line(i, "Người " + i));
        }
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));

        assertThatThrownBy(() -> transaction.executeWithoutResult(t -> run(csv.toString(), 1500, () -> { })))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).startsWith("Tệp có hơn 1.500 dòng dữ liệu");
                });
        assertThat(count()).isZero();
        assertThat(run(csv.toString().substring(0, csv.lastIndexOf("CA_NHAN")), 1500, () -> { }).accepted())
                .isEqualTo(1500);
    }

    @Test
    void theCheckpointAbandonsTheImportBeforeABatch() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 1200; i++) {
            csv.append(line(i, "Người " + i));
        }
        int[] batches = {0};
        Runnable stopAfterTheFirst = () -> {
            if (++batches[0] > 1) {
                throw new Refusal(Refusal.Kind.UNAVAILABLE, "Hệ thống đang dừng", null);
            }
        };

        assertThatThrownBy(() -> run(csv.toString(), 10_000, stopAfterTheFirst)).hasMessage("Hệ thống đang dừng");
        assertThat(count()).isEqualTo(RegistryImport.BATCH);
    }

    @Test
    void anImportRunningWhenTheApplicationStopsGivesUpAndOneOverTheTimeLimitIsRefused() {
        AwardRegistry stopping = registry(Duration.ofSeconds(50));
        stopping.stopImports();
        assertThatThrownBy(() -> stopping.importCsv(stream(HEADER + line(1, "Người 1")), "bantdkt"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Hệ thống đang dừng để khởi động lại");
                });
        assertThatThrownBy(() -> registry(Duration.ZERO).importCsv(stream(HEADER + line(1, "Người 1")), "bantdkt"))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.TOO_LARGE);
                    assertThat(e.getMessage()).startsWith("Tệp quá lớn để nhập trong 0 giây");
                });
        assertThat(count()).isZero();
        assertThat(registry(Duration.ofSeconds(50)).importCsv(stream(HEADER + line(1, "Người 1")), "bantdkt")
                .accepted()).isEqualTo(1);
    }

    @Test
    void aFileWithTheStatisticsColumnsStoresWhatTheyCount() {
        String csv = "loai,cccd,ma_tap_the,ho_ten,don_vi,danh_hieu,nam,loai_khen,so_quyet_dinh,ngay_quyet_dinh,"
                + "co_quan_quyet_dinh,tap_the_nho,lao_dong_truc_tiep,phong_trao,tien_thuong,nguon_kinh_phi\n"
                + "CA_NHAN,004190000001,,Nông Thị Mai,,LDTT,2024,,12/QĐ-UBND,20/12/2024,UBND huyện,,có,"
                + "\"Dạy tốt, học tốt\",\"1.490.000\",Quỹ thi đua huyện\n"
                + "TAP_THE,,to1,Tổ Một,,TT_LDTT,2024,,12/QĐ-UBND,20/12/2024,UBND huyện,Có,,,\"2.980.000\",\n"
                + "CA_NHAN,004190000002,,Lò Văn Hai,,LDTT,2024,,,,,có,nhiều,,\"1,5 triệu\",\n";

        ImportReport report = run(csv, 10_000, () -> { });

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.rows()).singleElement().extracting(ImportReport.Row::reason).asString()
                .contains("tap_the_nho chỉ dành cho tập thể", "lao_dong_truc_tiep phải là \"có\" hoặc \"không\"",
                        "Tiền thưởng \"1,5 triệu\" không hợp lệ");
        assertThat(jdbc.sql("""
                select full_name, small_collective, direct_worker, movement, bonus_vnd, funding_source
                from registry_entry order by id""").query().listOfRows())
                .extracting(r -> r.get("FULL_NAME"), r -> r.get("SMALL_COLLECTIVE"), r -> r.get("DIRECT_WORKER"),
                        r -> r.get("MOVEMENT"), r -> r.get("BONUS_VND"), r -> r.get("FUNDING_SOURCE"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Nông Thị Mai", false, true, "Dạy tốt, học tốt", 1_490_000L,
                                "Quỹ thi đua huyện"),
                        org.assertj.core.groups.Tuple.tuple("Tổ Một", true, false, null, 2_980_000L, null));
    }

    @Test
    void theStatesDecisionCompletesTheProposalForwardedToIt() {
        jdbc.sql("""
                insert into registry_entry (subject_kind, cccd, full_name, award_code, award_year, merit_kind, source,
                created_by, created_at, forwarded_to_state, direct_worker)
                values ('INDIVIDUAL', '004190000009', 'Hoàng Văn Chín', 'LDTT', 2024, 'MERIT', 'APPROVAL', 'chutich.tinh',
                current_timestamp, true, true)""").update();
        String withoutNumber = HEADER + "CA_NHAN,004190000009,,Hoàng Văn Chín,,LDTT,2024,,,,\n";
        String withNumber = HEADER + "CA_NHAN,004190000009,,Hoàng Văn Chín,,LDTT,2024,,\"1234/QĐ-CTN\",05/01/2025,"
                + "Chủ tịch nước\n";

        assertThat(run(withoutNumber, 10_000, () -> { }).rows()).singleElement().extracting(ImportReport.Row::reason)
                .asString().startsWith("Đã trình cấp Nhà nước và đang chờ quyết định");
        ImportReport completed = run(withNumber, 10_000, () -> { });
        ImportReport again = run(withNumber, 10_000, () -> { });

        assertThat(completed.accepted()).isEqualTo(1);
        assertThat(completed.rows()).isEmpty();
        assertThat(again.rows()).singleElement().extracting(ImportReport.Row::reason).asString()
                .startsWith("Đã có trong sổ theo dõi khen thưởng");
        assertThat(count()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select decision_number, decided_by, forwarded_to_state, direct_worker, source from registry_entry""")
                .query().singleRow())
                .containsEntry("DECISION_NUMBER", "1234/QĐ-CTN").containsEntry("DECIDED_BY", "Chủ tịch nước")
                .containsEntry("FORWARDED_TO_STATE", true).containsEntry("DIRECT_WORKER", true)
                .containsEntry("SOURCE", "APPROVAL");
    }

    private AwardRegistry registry(Duration timeLimit) {
        AwardCatalogue awards = mock(AwardCatalogue.class);
        when(awards.find(anyString())).thenAnswer(call -> Optional.ofNullable(AWARDS.get(call.<String>getArgument(0))));
        return new AwardRegistry(repository, awards, mock(OrganisationService.class), 10_000, timeLimit);
    }

    private static ByteArrayInputStream stream(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport run(String csv, int maxRows, Runnable checkpoint) {
        RegistryImport run = new RegistryImport(repository, code -> Optional.ofNullable(AWARDS.get(code)), maxRows,
                checkpoint);
        try {
            new RegistryCsv(code -> Optional.ofNullable(AWARDS.get(code)), code -> false, LocalDate.of(2026, 3, 1))
                    .read(stream(csv), "bantdkt", run::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return run.finish();
    }

    private static String line(int i, String name) {
        return "CA_NHAN," + String.format("004190%06d", i) + ",," + name + ",,LDTT,2024,,,,\n";
    }

    private static RegistryEntry entry(String cccd, String name) {
        return new RegistryEntry(null, SubjectKind.INDIVIDUAL, cccd, null, name, null, "LDTT", 2024, null, null,
                MeritKind.MERIT, null, null, null, RegistrySource.IMPORT, null, null, "h2test", null);
    }

    private long count() {
        return jdbc.sql("select count(*) from registry_entry").query(Long.class).single();
    }
}
