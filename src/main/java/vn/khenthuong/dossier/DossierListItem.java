package vn.khenthuong.dossier;

import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;

@Schema(name = "DossierListItem", description = "Một dòng của danh sách hồ sơ")
record DossierListItem(long id, String code, String unitCode, String unitName, String awardCode, String awardName,
        int periodYear, int nomineeCount, DossierStatus status, String statusLabel,
        @Schema(description = "Bước đang xử lý (nếu hồ sơ đang trong quy trình)") String currentStep,
        @Schema(description = "Người hoặc nhóm đang giữ bước") String heldBy,
        OffsetDateTime since, OffsetDateTime due, boolean overdue) {
}
