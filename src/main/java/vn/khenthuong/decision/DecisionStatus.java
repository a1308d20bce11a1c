package vn.khenthuong.decision;

public enum DecisionStatus {
    IN_REVIEW("Chờ Chủ tịch xem xét, ký"),
    RETURNED("Trả lại để sửa dự thảo"),
    SIGNED("Đã ký, ban hành"),
    CANCELLED("Đã hủy dự thảo");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
