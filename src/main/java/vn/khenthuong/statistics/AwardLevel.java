package vn.khenthuong.statistics;

/** The level that decides an award, highest first, as the reports group them. */
enum AwardLevel {
    STATE("Cấp Nhà nước"),
    PROVINCE("Cấp tỉnh"),
    DISTRICT("Cấp huyện, xã"),
    /** An award the routing table no longer knows. */
    OTHER("Khác");

    private final String label;

    AwardLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static AwardLevel of(String name) {
        for (AwardLevel level : values()) {
            if (level.name().equals(name)) {
                return level;
            }
        }
        return OTHER;
    }
}
