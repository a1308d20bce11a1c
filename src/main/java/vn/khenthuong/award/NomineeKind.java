package vn.khenthuong.award;

public enum NomineeKind {
    INDIVIDUAL("Cá nhân"),
    COLLECTIVE("Tập thể");

    private final String label;

    NomineeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
