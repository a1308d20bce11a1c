package vn.khenthuong.demo;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.dossier.DocumentKind;
import vn.khenthuong.dossier.Dossier;
import vn.khenthuong.dossier.DossierRequest;
import vn.khenthuong.dossier.DossierService;
import vn.khenthuong.dossier.DutyRating;
import vn.khenthuong.dossier.InitiativeKind;
import vn.khenthuong.dossier.InitiativeRequest;
import vn.khenthuong.dossier.InitiativeScope;
import vn.khenthuong.dossier.NomineeRequest;
import vn.khenthuong.organisation.Membership;
import vn.khenthuong.organisation.OrganisationService;
import vn.khenthuong.security.CurrentUser;

/**
 * Dossiers of the demo province at different steps, submitted and reviewed through the same services
 * and process as real work, so that a newcomer sees a living system (profile {@code demo} only).
 */
@Component
@Profile("demo")
public class DemoDossiers {

    private static final byte[] SAMPLE_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final String HOACHUNG_COUNCIL = "Hội đồng sáng kiến Trường Tiểu học Hòa Chung";
    private static final List<DocumentKind> MERIT_DOCUMENTS = List.of(DocumentKind.TO_TRINH, DocumentKind.DANH_SACH,
            DocumentKind.BAO_CAO_THANH_TICH, DocumentKind.BIEN_BAN_HOP, DocumentKind.SANG_KIEN);

    private final DossierService dossiers;
    private final OrganisationService organisations;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final JdbcClient jdbc;

    DemoDossiers(DossierService dossiers, OrganisationService organisations, TaskService taskService,
            IdentityService identityService, JdbcClient jdbc) {
        this.dossiers = dossiers;
        this.organisations = organisations;
        this.taskService = taskService;
        this.identityService = identityService;
        this.jdbc = jdbc;
    }

    /** Creates the demo dossiers once, on an empty system. */
    public void ensure(int year) {
        if (jdbc.sql("select count(*) from dossier").query(Long.class).single() > 0) {
            return;
        }
        long atDistrictCheck = submitted("thuky.hoachung", request("CSTD_CS", year, "Dạy tốt, học tốt",
                teacher("Nông Văn Thành", "004085001234", "Giáo viên chủ nhiệm lớp 5A",
                        initiative(InitiativeKind.SANG_KIEN, "Dùng trò chơi dân gian Tày, Nùng trong dạy Toán lớp 5",
                                HOACHUNG_COUNCIL, LocalDate.of(year - 1, 5, 20), "15/QĐ-THHC", InitiativeScope.UNIT)),
                teacher("Hoàng Thị Lụa", "004190005678", "Tổng phụ trách Đội",
                        initiative(InitiativeKind.GIAI_PHAP, "Tổ chức sinh hoạt Đội theo chủ đề văn hóa các dân tộc Cao Bằng",
                                HOACHUNG_COUNCIL, LocalDate.of(year - 1, 5, 20), "16/QĐ-THHC", InitiativeScope.UNIT))));
        long atCouncil = submitted("thuky.thpttk", request("LDTT", year, "Dạy tốt, học tốt",
                teacher("Hà Thị Mến", "004188002468", "Giáo viên Ngữ văn"),
                teacher("Lý Văn Quân", "004087001357", "Giáo viên Toán"),
                teacher("Nông Thị Thu", "004192003579", "Nhân viên thư viện")));
        review(atCouncil, "noivu.tk", Map.of("outcome", "APPROVE"));
        long returned = submitted("thuky.dinhphong", request("TT_LDTT", year,
                "Cao Bằng chung sức xây dựng nông thôn mới", collective("Tổ Địa chính - Xây dựng xã Đình Phong", "xadinhphong-dc")));
        review(returned, "noivu.tk", Map.of("outcome", "RETURN",
                "comment", "Đề nghị bổ sung biên bản họp Hội đồng có đủ chữ ký và tỷ lệ phiếu bầu."));
        submitted("thuky.kbnn", request("BK_T", year, "Kho bạc Nhà nước hội nhập và phát triển",
                excellent("Đàm Thị Hồng", "004186004321", "Phó Giám đốc",
                        initiative(InitiativeKind.GIAI_PHAP, "Kiểm soát chi thường xuyên qua Dịch vụ công trực tuyến",
                                "Hội đồng sáng kiến Kho bạc Nhà nước Cao Bằng", LocalDate.of(year - 2, 11, 28),
                                "210/QĐ-KBCB", InitiativeScope.UNIT),
                        initiative(InitiativeKind.SANG_KIEN, "Đối chiếu số dư tài khoản tiền gửi của đơn vị bằng chữ ký số",
                                "Hội đồng sáng kiến Kho bạc Nhà nước Cao Bằng", LocalDate.of(year - 1, 11, 25),
                                "198/QĐ-KBCB", InitiativeScope.UNIT))));
        long atProvince = submitted("thuky.hoachung", request("BK_T", year, "Dạy tốt, học tốt",
                excellent("Triệu Văn Minh", "004083009876", "Hiệu trưởng",
                        initiative(InitiativeKind.GIAI_PHAP, "Xây dựng thư viện xanh ở trường tiểu học vùng cao",
                                "Phòng Giáo dục và Đào tạo Thành phố Cao Bằng", LocalDate.of(year - 2, 6, 10), null,
                                InitiativeScope.DISTRICT),
                        initiative(InitiativeKind.SANG_KIEN, "Quản lý hồ sơ học sinh bằng phần mềm dùng chung của trường",
                                HOACHUNG_COUNCIL, LocalDate.of(year - 1, 5, 20), "14/QĐ-THHC", InitiativeScope.UNIT))));
        review(atProvince, "noivu.tpcb", Map.of("outcome", "APPROVE"));
        review(atProvince, "hoidong.tpcb", Map.of("outcome", "APPROVE", "membersTotal", 9, "membersPresent", 9,
                "votesText", ballot(atProvince, 9)));
        review(atProvince, "chutich.tpcb", Map.of("outcome", "APPROVE"));
        long approved = submitted("thuky.hoachung", request("LDTT", year, "Dạy tốt, học tốt",
                teacher("Bế Thị Hạnh", "004189007531", "Giáo viên lớp 3B"),
                teacher("Ma Văn Khải", "004084008642", "Giáo viên Tiếng Anh")));
        review(approved, "noivu.tpcb", Map.of("outcome", "APPROVE"));
        review(approved, "hoidong.tpcb", Map.of("outcome", "APPROVE", "membersTotal", 9, "membersPresent", 8,
                "votesText", ballot(approved, 8)));
        review(approved, "chutich.tpcb", Map.of("outcome", "APPROVE"));
        long draft = dossiers.create(secretary("thuky.hoachung"), request("GK", year, null,
                teacher("Lục Thị Duyên", "004195006789", "Nhân viên y tế trường học")));
        dossiers.attach(secretary("thuky.hoachung"), draft, DocumentKind.TO_TRINH, "Tờ trình.pdf", SAMPLE_PDF);
        provincialEmulationDraft(year - 1);
    }

    /**
     * Chiến sĩ thi đua cấp tỉnh for the last year, ready to submit: CSTĐ cơ sở the three years before (see
     * {@link DemoRegistry}) and a solution whose effect the province recognised.
     */
    private void provincialEmulationDraft(int year) {
        CurrentUser user = secretary("thuky.hoachung");
        long id = dossiers.create(user, request("CSTD_T", year, "Dạy tốt, học tốt",
                teacher("Nông Văn Thành", "004085001234", "Giáo viên chủ nhiệm lớp 5A",
                        initiative(InitiativeKind.SANG_KIEN, "Dùng trò chơi dân gian Tày, Nùng trong dạy Toán lớp 5",
                                HOACHUNG_COUNCIL, LocalDate.of(year, 5, 20), "15/QĐ-THHC", InitiativeScope.UNIT),
                        initiative(InitiativeKind.GIAI_PHAP,
                                "Dạy tiếng Việt cho học sinh lớp 1 người dân tộc thiểu số qua trò chơi dân gian",
                                "Hội đồng sáng kiến tỉnh Cao Bằng", LocalDate.of(year, 10, 15), "1520/QĐ-UBND",
                                InitiativeScope.PROVINCE))));
        for (DocumentKind kind : MERIT_DOCUMENTS) {
            dossiers.attach(user, id, kind, kind.label() + ".pdf", SAMPLE_PDF);
        }
    }

    private long submitted(String secretary, DossierRequest request) {
        CurrentUser user = secretary(secretary);
        long id = dossiers.create(user, request);
        for (DocumentKind kind : MERIT_DOCUMENTS) {
            dossiers.attach(user, id, kind, kind.label() + ".pdf", SAMPLE_PDF);
        }
        dossiers.submit(user, id, null);
        return id;
    }

    /** Completes the dossier's open step as the reviewer, as Tasklist would on their behalf. */
    private void review(long dossierId, String reviewer, Map<String, Object> variables) {
        Dossier dossier = dossiers.get(secretaryOf(dossierId), dossierId);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code()).singleResult();
        List<String> groups = organisations.membershipsOf(reviewer).stream().map(Membership::groupId).toList();
        identityService.setAuthentication(reviewer, groups);
        try {
            taskService.claim(task.getId(), reviewer);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** The council's ballot sheet as Tasklist shows it, with the same number of votes written on every line. */
    private String ballot(long dossierId, int inFavour) {
        Dossier dossier = dossiers.get(secretaryOf(dossierId), dossierId);
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(dossier.code()).singleResult();
        String sheet = (String) taskService.getVariable(task.getId(), "votesText");
        return sheet.lines().map(line -> line + inFavour).collect(Collectors.joining("\n"));
    }

    private CurrentUser secretaryOf(long dossierId) {
        String creator = jdbc.sql("select created_by from dossier where id = ?").param(dossierId).query(String.class).single();
        return secretary(creator);
    }

    private CurrentUser secretary(String userId) {
        return new CurrentUser(userId, organisations.membershipsOf(userId), false);
    }

    private static DossierRequest request(String award, int year, String movement, NomineeRequest... nominees) {
        return new DossierRequest(null, award, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false,
                movement, "Thành tích năm " + year, List.of(nominees), null);
    }

    private static NomineeRequest teacher(String name, String cccd, String title, InitiativeRequest... initiatives) {
        return person(name, cccd, title, 0, initiatives);
    }

    private static NomineeRequest excellent(String name, String cccd, String title, InitiativeRequest... initiatives) {
        return person(name, cccd, title, 2, initiatives);
    }

    private static NomineeRequest person(String name, String cccd, String title, int excellentYears,
            InitiativeRequest... initiatives) {
        return new NomineeRequest(null, NomineeKind.INDIVIDUAL, name, cccd, LocalDate.of(1985, 5, 15), title, true,
                null, false, null, null, null, null, DutyRating.HTXS, excellentYears, null, 12, false,
                initiatives.length == 0 ? "Hoàn thành xuất sắc nhiệm vụ năm học."
                        : "Hoàn thành xuất sắc nhiệm vụ năm học, có sáng kiến được công nhận.",
                List.of(initiatives));
    }

    private static InitiativeRequest initiative(InitiativeKind kind, String title, String recognisedBy, LocalDate on,
            String reference, InitiativeScope scope) {
        return new InitiativeRequest(kind, title, recognisedBy, on, reference, scope);
    }

    private static NomineeRequest collective(String name, String code) {
        return new NomineeRequest(null, NomineeKind.COLLECTIVE, name, null, null, null, false, code, true, 8, 6, 1, 0,
                DutyRating.HTXS, null, null, null, false, "Tập thể hoàn thành tốt nhiệm vụ, 75% thành viên đạt LĐTT.",
                null);
    }
}
