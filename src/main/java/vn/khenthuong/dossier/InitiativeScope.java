package vn.khenthuong.dossier;

/**
 * How far the effect of an initiative was recognised (phạm vi ảnh hưởng), from the unit to the whole
 * country, in this order: a wider scope includes the narrower ones.
 */
public enum InitiativeScope {
    UNIT("Cơ sở", "cơ sở"),
    DISTRICT("Cấp huyện", "cấp huyện"),
    PROVINCE("Cấp tỉnh", "cấp tỉnh"),
    NATIONAL("Toàn quốc", "toàn quốc");

    private final String label;
    private final String word;

    InitiativeScope(String label, String word) {
        this.label = label;
        this.word = word;
    }

    /** As a choice: "Cấp tỉnh". */
    public String label() {
        return label;
    }

    /** After "phạm vi" in a sentence: "phạm vi cấp tỉnh". */
    public String word() {
        return word;
    }

    public boolean atLeast(InitiativeScope other) {
        return compareTo(other) >= 0;
    }
}
