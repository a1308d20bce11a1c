package vn.khenthuong.award;


/** Who an award may be given to. */
public enum AwardTarget {
    INDIVIDUAL,
    COLLECTIVE,
    BOTH;

    public boolean accepts(NomineeKind kind) {
        return switch (this) {
            case INDIVIDUAL -> kind == NomineeKind.INDIVIDUAL;
            case COLLECTIVE -> kind == NomineeKind.COLLECTIVE;
            case BOTH -> kind != null;
        };
    }
}
