package vn.khenthuong.pdf;

/**
 * The page margins of an administrative document (Decree 30/2020/NĐ-CP, Appendix I): top and bottom 20–25 mm,
 * left 30–35 mm, right 15–20 mm. Each margin is set 2 mm inside the lower end of its range, so that the first
 * line's accents, a justified line's last letter and a printer's tolerance never reach the limit.
 */
public enum Decree30Margin {
    TOP(20, 25, 22),
    BOTTOM(20, 25, 22),
    LEFT(30, 35, 32),
    RIGHT(15, 20, 17);

    private final float minMm;
    private final float maxMm;
    private final float mm;

    Decree30Margin(float minMm, float maxMm, float mm) {
        this.minMm = minMm;
        this.maxMm = maxMm;
        this.mm = mm;
    }

    /** The smallest margin the decree allows, in millimetres. */
    public float minMm() {
        return minMm;
    }

    /** The largest margin the decree allows, in millimetres. */
    public float maxMm() {
        return maxMm;
    }

    /** The margin the pages use, in millimetres. */
    public float mm() {
        return mm;
    }

    /** The margin the pages use, in points. */
    public float points() {
        return mm * PageFlow.MM;
    }
}
