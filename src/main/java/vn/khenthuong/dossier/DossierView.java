package vn.khenthuong.dossier;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import vn.khenthuong.award.NomineeKind;

@Schema(name = "DossierView", description = "Hồ sơ với trạng thái, người được đề nghị, tài liệu, kết quả kiểm tra và bước đang xử lý")
record DossierView(
        long id,
        String code,
        String unitCode,
        String unitName,
        String awardCode,
        String awardName,
        int periodYear,
        LocalDate periodFrom,
        LocalDate periodTo,
        boolean oneOff,
        String movement,
        String summary,
        DossierStatus status,
        String statusLabel,
        String decidingLevel,
        boolean reachedProvince,
        @Schema(description = "Ý kiến của cấp trên khi trả lại hồ sơ (chỉ khi trạng thái RETURNED)")
        String returnComment,
        String returnedFrom,
        String outcomeReason,
        String createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime closedAt,
        int version,
        List<NomineeView> nominees,
        List<DocumentView> documents,
        List<StoredFinding> findings,
        List<StepView> currentSteps) {

    record NomineeView(long id, int positionNo, NomineeKind kind, String kindLabel, String fullName, String cccd,
            LocalDate birthDate, String jobTitle, boolean directWorker, String collectiveCode, boolean smallCollective,
            Integer memberCount, Integer ldttCount, Integer cstdcsCount, Integer disciplinedCount, DutyRating dutyRating,
            String dutyRatingLabel, Integer excellentYears, Integer initiativeCount, Integer monthsOfService,
            boolean underDiscipline, String achievement, NomineeStatus status, String statusLabel, String struckReason,
            @Schema(description = "Sáng kiến, đề tài khoa học, giải pháp đã được công nhận; initiativeCount là số của chúng "
                    + "(hoặc số đơn vị đã khai với hồ sơ lập trước khi có danh sách)")
            List<InitiativeView> initiatives) {

        static NomineeView of(Nominee n) {
            return new NomineeView(n.id(), n.positionNo(), n.kind(), n.kind().label(), n.fullName(), n.cccd(),
                    n.birthDate(), n.jobTitle(), n.directWorker(), n.collectiveCode(), n.smallCollective(),
                    n.memberCount(), n.ldttCount(), n.cstdcsCount(), n.disciplinedCount(), n.dutyRating(),
                    n.dutyRating() == null ? null : n.dutyRating().label(), n.excellentYears(),
                    n.initiatives().isEmpty() ? n.initiativeCount() : Integer.valueOf(n.initiatives().size()),
                    n.monthsOfService(), n.underDiscipline(), n.achievement(), n.status(), n.status().label(),
                    n.struckReason(), n.initiatives().stream().map(InitiativeView::of).toList());
        }
    }

    @Schema(name = "InitiativeView", description = "Một sáng kiến, đề tài khoa học hoặc giải pháp đã được công nhận")
    record InitiativeView(InitiativeKind kind, String kindLabel, String title, String recognisedBy, LocalDate recognisedOn,
            String reference, InitiativeScope scope, String scopeLabel,
            @Schema(description = "Một dòng để hiển thị", example = "Sáng kiến \"Dạy học STEM cho học sinh vùng cao\" — "
                    + "Hội đồng sáng kiến tỉnh Cao Bằng công nhận ngày 15/10/2025 (số 1234/QĐ-UBND), phạm vi ảnh hưởng cấp tỉnh")
            String description) {

        static InitiativeView of(Initiative i) {
            return new InitiativeView(i.kind(), i.kind().label(), i.title(), i.recognisedBy(), i.recognisedOn(),
                    i.reference(), i.scope(), i.scope().label(), i.description());
        }
    }

    record DocumentView(long id, DocumentKind kind, String kindLabel, String fileName, String contentType,
            long sizeBytes, String sha256, String uploadedBy, OffsetDateTime uploadedAt, String downloadUrl) {

        static DocumentView of(long dossierId, DocumentInfo d) {
            return new DocumentView(d.id(), d.kind(), d.kind().label(), d.fileName(), d.contentType(), d.sizeBytes(),
                    d.sha256(), d.uploadedBy(), d.uploadedAt(), "/api/dossiers/" + dossierId + "/documents/" + d.id());
        }
    }

    @Schema(name = "StepView", description = "Một bước đang mở của quy trình xét và người, nhóm đang giữ")
    record StepView(String stepKey, String name, String assignee, String assigneeName, List<Holder> candidateGroups,
            @Schema(description = "Người hoặc nhóm đang giữ, để hiển thị", example = "Thẩm định - Thành phố Cao Bằng")
            String heldBy,
            OffsetDateTime since, OffsetDateTime due, boolean overdue) {
    }

    record Holder(String groupId, String name) {
    }
}
