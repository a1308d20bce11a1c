package vn.khenthuong.decision;

import static vn.khenthuong.pdf.PageFlow.LEFT;
import static vn.khenthuong.pdf.PageFlow.WIDTH;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import vn.khenthuong.award.NomineeKind;
import vn.khenthuong.kernel.VietnameseMoney;
import vn.khenthuong.pdf.Align;
import vn.khenthuong.pdf.PageFlow;
import vn.khenthuong.pdf.Paragraph;
import vn.khenthuong.pdf.Style;
import vn.khenthuong.pdf.TableGrid;
import vn.khenthuong.pdf.TableGrid.Cell;
import vn.khenthuong.pdf.VietnameseDates;

/**
 * The list attached to the decision (Danh sách kèm theo): a new section of pages with a heading, then I. Cá nhân
 * and II. Tập thể, each a table of its own whose header names what its rows hold ("Họ và tên", "Chức vụ, đơn vị"
 * for people; "Tên tập thể", "Cơ quan, đơn vị" for collectives), one row per recipient with the bonus and a
 * subtotal, and the total at the end. Rows never split; a part's header row repeats on each of its pages.
 */
final class AttachedListTable {

    private static final Style CELL = Style.regular(13);
    private static final Style STRONG = Style.bold(13);
    private static final float[] COLUMNS = {34, 160, WIDTH - 34 - 160 - 92, 92};
    private static final String[] ROMAN = {"I", "II"};
    private static final float PART_LEADING = 20;
    private static final float PART_GAP = 12;

    private final PageFlow flow;
    private final DecisionDocument decision;
    private final DecisionDocument.AttachedList list;

    AttachedListTable(PageFlow flow, DecisionDocument decision) {
        this.flow = flow;
        this.decision = decision;
        this.list = decision.attachedList();
    }

    /** The header row of a part: the name column says whose names it lists. */
    static List<Cell> header(NomineeKind kind) {
        boolean people = kind == NomineeKind.INDIVIDUAL;
        return List.of(Cell.of("STT", STRONG, Align.CENTER), Cell.of(people ? "Họ và tên" : "Tên tập thể", STRONG, Align.CENTER),
                Cell.of(people ? "Chức vụ, đơn vị" : "Cơ quan, đơn vị", STRONG, Align.CENTER),
                Cell.of("Số tiền thưởng (đồng)", STRONG, Align.CENTER));
    }

    void draw() throws IOException {
        flow.newSection();
        heading();
        int part = 0;
        TableGrid grid = null;
        for (NomineeKind kind : List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE)) {
            List<DecisionDocument.Recipient> recipients = list.of(kind);
            if (recipients.isEmpty()) {
                continue;
            }
            String numeral = ROMAN[part++];
            Paragraph title = Paragraph.of(numeral + ". " + kind.label(), STRONG, Align.LEFT).withLeading(PART_LEADING);
            grid = new TableGrid(flow, COLUMNS, header(kind));
            if (part > 1) {
                flow.down(PART_GAP);
            }
            // the part's title stays with its header row and first recipient
            flow.keep(flow.height(title, WIDTH) + 3 + grid.height(header(kind)) + grid.height(cells(1, recipients.get(0))));
            flow.paragraph(title);
            flow.down(3);
            grid.header();
            int number = 0;
            for (DecisionDocument.Recipient recipient : recipients) {
                grid.row(cells(++number, recipient));
            }
            long sum = recipients.stream().mapToLong(DecisionDocument.Recipient::bonus).sum();
            grid.row(total("Cộng " + numeral + " (" + recipients.size() + " " + kind.label().toLowerCase(Locale.ROOT) + ")", sum));
        }
        if (grid != null) {
            grid.row(total("Tổng cộng", list.total()));
        }
    }

    private void heading() throws IOException {
        flow.paragraph(Paragraph.of("DANH SÁCH", Style.bold(14), Align.CENTER));
        flow.paragraph(Paragraph.of(list.title(), Style.bold(14), Align.CENTER));
        flow.paragraph(Paragraph.of("(Kèm theo Quyết định số " + decision.number().text() + " "
                + VietnameseDates.longDate(decision.date()) + " của " + list.issuedBy() + ")", Style.italic(14), Align.CENTER));
        float centre = LEFT + WIDTH / 2;
        flow.horizontalLine(centre - 50, centre + 50, flow.y() - 4, 0.6f);
        flow.down(16);
    }

    private static List<Cell> cells(int number, DecisionDocument.Recipient recipient) {
        return List.of(Cell.of(Integer.toString(number), CELL, Align.CENTER), Cell.of(recipient.name(), CELL, Align.LEFT),
                Cell.of(recipient.positionOrUnit(), CELL, Align.LEFT),
                Cell.of(VietnameseMoney.digits(recipient.bonus()), CELL, Align.RIGHT));
    }

    private static List<Cell> total(String label, long amount) {
        return List.of(new Cell(label, STRONG, Align.CENTER, 3), Cell.of(VietnameseMoney.digits(amount), STRONG, Align.RIGHT));
    }
}
