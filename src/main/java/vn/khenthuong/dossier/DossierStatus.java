package vn.khenthuong.dossier;

public enum DossierStatus {
    DRAFT("Đang soạn"),
    SUBMITTED("Đang xét duyệt"),
    RETURNED("Trả lại để bổ sung"),
    APPROVED("Đã phê duyệt, chờ quyết định"),
    FORWARDED("Đã trình cấp trên"),
    NOT_APPROVED("Không được đề nghị"),
    REJECTED("Bị từ chối"),
    WITHDRAWN("Đã rút"),
    DECIDED("Đã có quyết định khen thưởng");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean inProcess() {
        return this == SUBMITTED || this == RETURNED;
    }
}
