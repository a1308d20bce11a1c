package vn.khenthuong.dossier;

public enum NomineeStatus {
    ACTIVE("Đang xét"),
    STRUCK("Bị loại"),
    APPROVED("Được phê duyệt"),
    DECIDED("Đã có quyết định");

    private final String label;

    NomineeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
