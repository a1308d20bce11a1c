package vn.khenthuong.pdf;

import static vn.khenthuong.pdf.PageFlow.LEFT;
import static vn.khenthuong.pdf.PageFlow.WIDTH;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The two-column head of page 1 (Decree 30/2020): issuing body and number on the left; national title,
 * underlined motto, and place and date on the right.
 */
public final class HeaderBlock {

    static final String NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float LEFT_WIDTH = WIDTH * 0.40f;
    private static final float RIGHT_X = LEFT + LEFT_WIDTH;
    private static final float RIGHT_WIDTH = WIDTH - LEFT_WIDTH;
    private static final float LEADING = 16;

    private HeaderBlock() {
    }

    /** {@code number}: what follows "Số: ", e.g. "123/QĐ-UBND". */
    public static void draw(PageFlow flow, List<String> issuingBody, String number, String place, LocalDate date)
            throws IOException {
        float top = flow.y();
        float left = top - 12;
        float widest = 0;
        for (String line : issuingBody) {
            widest = Math.max(widest, flow.text(line, Style.bold(13), LEFT, LEFT_WIDTH, left, Align.CENTER));
            left -= LEADING;
        }
        // the rule under the issuing body: a third to a half of its line, centred
        float centre = LEFT + LEFT_WIDTH / 2;
        float rule = widest * 0.4f;
        flow.horizontalLine(centre - rule / 2, centre + rule / 2, left + LEADING - 5, 0.6f);

        float right = top - 12;
        flow.text(NATIONAL_TITLE, Style.bold(12), RIGHT_X, RIGHT_WIDTH, right, Align.CENTER);
        right -= LEADING;
        float motto = flow.text(MOTTO, Style.bold(13), RIGHT_X, RIGHT_WIDTH, right, Align.CENTER);
        float mottoStart = RIGHT_X + (RIGHT_WIDTH - motto) / 2;
        flow.horizontalLine(mottoStart, mottoStart + motto, right - 2.5f, 0.6f);

        // number and date share a baseline below both columns
        float row = Math.min(left - 4, right - LEADING - 8);
        flow.text("Số: " + number, Style.regular(13), LEFT, LEFT_WIDTH, row, Align.CENTER);
        flow.text(VietnameseDates.placeAndDate(place, date), Style.italic(14),
                RIGHT_X, RIGHT_WIDTH, row, Align.CENTER);
        flow.moveTo(row - 6);
    }
}
