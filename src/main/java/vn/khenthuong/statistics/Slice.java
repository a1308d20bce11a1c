package vn.khenthuong.statistics;

import vn.khenthuong.registry.MeritKind;

/**
 * The part of a selection one figure counts: a measure, and optionally one award, level, kind of merit,
 * area (district or unit under the scope) or fund. Null parts do not narrow.
 */
record Slice(Measure measure, String award, AwardLevel level, MeritKind meritKind, String area, String funding) {

    static Slice of(Measure measure) {
        return new Slice(measure, null, null, null, null, null);
    }

    Slice measure(Measure other) {
        return new Slice(other, award, level, meritKind, area, funding);
    }

    Slice award(String code) {
        return new Slice(measure, code, level, meritKind, area, funding);
    }

    Slice level(AwardLevel value) {
        return new Slice(measure, award, value, meritKind, area, funding);
    }

    Slice meritKind(MeritKind value) {
        return new Slice(measure, award, level, value, area, funding);
    }

    Slice area(String code) {
        return new Slice(measure, award, level, meritKind, code, funding);
    }

    Slice funding(String fund) {
        return new Slice(measure, award, level, meritKind, area, fund);
    }
}
