package vn.khenthuong.organisation;

/**
 * The levels a nomination can pass. {@code DISTRICT} is the local government between the unit and
 * the province: a district (huyện) in a three-level province, a commune (xã) after the 2025 reform.
 */
public enum OrgLevel {
    UNIT("Đơn vị"),
    DISTRICT("Cấp huyện"),
    PROVINCE("Cấp tỉnh"),
    STATE("Trung ương");

    private final String label;

    OrgLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
