package vn.khenthuong.organisation;

/** What a Camunda group does at its organisation; the group id is {@code <org code>-<suffix>}. */
public enum OrgRole {
    SECRETARY("thuky", "Cán bộ thi đua"),
    /** Phòng Nội vụ at a district, Ban Thi đua - Khen thưởng at the province. */
    REVIEWER("thamdinh", "Thẩm định"),
    COUNCIL("hoidong", "Thư ký Hội đồng Thi đua - Khen thưởng"),
    CHAIRMAN("chutich", "Chủ tịch"),
    AUDITOR("kiemtra", "Kiểm tra, giám sát");

    private final String suffix;
    private final String label;

    OrgRole(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    public String groupIdAt(String orgCode) {
        return orgCode + "-" + suffix;
    }

    public String label() {
        return label;
    }

    /** The name people see for the group, e.g. "Phòng Nội vụ - Thành phố Cao Bằng". */
    public String groupName(Organisation org) {
        return titleAt(org) + " - " + org.name();
    }

    /** What the role is called at this kind of organisation, e.g. "Phòng Nội vụ" at a district. */
    public String titleAt(Organisation org) {
        return switch (this) {
            case REVIEWER -> switch (org.kind()) {
                case PROVINCE -> "Ban Thi đua - Khen thưởng";
                case COMMUNE -> "Văn phòng HĐND và UBND";
                default -> "Phòng Nội vụ";
            };
            case COUNCIL -> "Hội đồng Thi đua - Khen thưởng";
            case CHAIRMAN -> "Chủ tịch UBND";
            default -> label;
        };
    }
}
