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
 * The list attached to the decision (Danh sách kèm theo): a new section of pages with a heading and a
 * table of I. Cá nhân and II. Tập thể, one row per recipient with the bonus, a subtotal per part and the
 * total. Rows never split; the header row repeats on every page.
 */
final class AttachedListTable {

    private static final Style CELL = Style.regular(13);
    private static final Style STRONG = Style.bold(13);
    private static final float[] COLUMNS = {34, 160, WIDTH - 34 - 160 - 92, 92};
    private static final String[] ROMAN = {"I", "II"};

    private final PageFlow flow;
    private final DecisionDocument decision;
    private final DecisionDocument.AttachedList list;
    private final TableGrid grid;

    AttachedListTable(PageFlow flow, DecisionDocument decision) {
        this.flow = flow;
        this.decision = decision;
        this.list = decision.attachedList();
        this.grid = new TableGrid(flow, COLUMNS, List.of(Cell.of("STT", STRONG, Align.CENTER),
                Cell.of("Họ và tên, tên tập thể", STRONG, Align.CENTER), Cell.of("Chức vụ, đơn vị", STRONG, Align.CENTER),
                Cell.of("Số tiền thưởng (đồng)", STRONG, Align.CENTER)));
    }

    void draw() throws IOException {
        flow.newSection();
        heading();
        grid.header();
        int part = 0;
        for (NomineeKind kind : List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE)) {
            List<DecisionDocument.Recipient> recipients = list.of(kind);
            if (recipients.isEmpty()) {
                continue;
            }
            String numeral = ROMAN[part++];
            List<Cell> section = List.of(new Cell(numeral + ". " + kind.label(), STRONG, Align.LEFT, 4));
            List<Cell> first = cells(1, recipients.get(0));
            if (grid.height(section) + grid.height(first) > flow.remaining()) {
                grid.nextPage();
            }
            grid.row(section);
            int number = 0;
            for (DecisionDocument.Recipient recipient : recipients) {
                grid.row(cells(++number, recipient));
            }
            long sum = recipients.stream().mapToLong(DecisionDocument.Recipient::bonus).sum();
            grid.row(total("Cộng " + numeral + " (" + recipients.size() + " " + kind.label().toLowerCase(Locale.ROOT) + ")", sum));
        }
        grid.row(total("Tổng cộng", list.total()));
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
