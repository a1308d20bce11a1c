package vn.khenthuong.dossier;

/** What a recognised initiative of a person is: sáng kiến, đề tài khoa học or giải pháp. */
public enum InitiativeKind {
    SANG_KIEN("Sáng kiến"),
    DE_TAI("Đề tài khoa học"),
    GIAI_PHAP("Giải pháp");

    private final String label;

    InitiativeKind(String label) {
        this.label = label;
    }

    /** As a heading or a choice: "Đề tài khoa học". */
    public String label() {
        return label;
    }

    /** Inside a sentence: "đề tài khoa học". */
    public String word() {
        return label.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + label.substring(1);
    }
}
