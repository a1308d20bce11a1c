package vn.khenthuong.dossier;

/** Xếp loại mức độ hoàn thành nhiệm vụ of the achievement period. */
public enum DutyRating {
    HTXS("Hoàn thành xuất sắc nhiệm vụ"),
    HTT("Hoàn thành tốt nhiệm vụ"),
    HT("Hoàn thành nhiệm vụ"),
    KHT("Không hoàn thành nhiệm vụ");

    private final String label;

    DutyRating(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeastGood() {
        return this == HTXS || this == HTT;
    }
}
