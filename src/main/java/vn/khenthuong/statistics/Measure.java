package vn.khenthuong.statistics;

/**
 * What a figure counts, as a condition on a registry entry (alias {@code s}). The aggregates count with
 * these conditions and the list behind a figure selects with the same one, so the two always agree.
 * A proposal forwarded to the State is not an award made: it counts only as forwarded.
 */
enum Measure {
    AWARDS("Tổng số", "not s.forwarded_to_state"),
    INDIVIDUALS("Cá nhân", "not s.forwarded_to_state and s.subject_kind = 'INDIVIDUAL'"),
    DIRECT_WORKERS("Người lao động trực tiếp", "not s.forwarded_to_state and s.subject_kind = 'INDIVIDUAL' and s.direct_worker"),
    COLLECTIVES("Tập thể", "not s.forwarded_to_state and s.subject_kind = 'COLLECTIVE'"),
    SMALL_COLLECTIVES("Tập thể nhỏ", "not s.forwarded_to_state and s.subject_kind = 'COLLECTIVE' and s.small_collective"),
    FORWARDED("Trình cấp Nhà nước", "s.forwarded_to_state"),
    FORWARDED_INDIVIDUALS("Cá nhân trình cấp Nhà nước", "s.forwarded_to_state and s.subject_kind = 'INDIVIDUAL'"),
    FORWARDED_COLLECTIVES("Tập thể trình cấp Nhà nước", "s.forwarded_to_state and s.subject_kind = 'COLLECTIVE'"),
    WITH_BONUS("Có tiền thưởng", "not s.forwarded_to_state and s.bonus_vnd is not null");

    private final String label;
    private final String condition;

    Measure(String label, String condition) {
        this.label = label;
        this.condition = condition;
    }

    String label() {
        return label;
    }

    String condition() {
        return condition;
    }

    /** Column names in SQL results: {@code direct_workers_cur}, {@code direct_workers_prev}. */
    String column(boolean current) {
        return name().toLowerCase(java.util.Locale.ROOT) + (current ? "_cur" : "_prev");
    }
}
