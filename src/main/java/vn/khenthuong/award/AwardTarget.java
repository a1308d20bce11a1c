package vn.khenthuong.award;

import vn.khenthuong.dossier.NomineeKind;

public enum AwardTarget {
    INDIVIDUAL, COLLECTIVE, BOTH;

    public boolean accepts(NomineeKind kind) {
        return this == BOTH || name().equals(kind.name());
    }
}
