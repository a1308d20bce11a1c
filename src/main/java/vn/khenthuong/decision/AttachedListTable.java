package vn.khenthuong.decision;

import static vn.khenthuong.decision.PageFlow.LEFT;
import static vn.khenthuong.decision.PageFlow.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.khenthuong.dossier.NomineeKind;

/**
 * The list attached to the decision (Danh sách kèm theo): a new section of pages with a heading and a
 * table of I. Cá nhân and II. Tập thể, one row per recipient with the bonus, a subtotal per part and the
 * total. Rows never split; the header row repeats on every page.
 */
final class AttachedListTable {

    private static final Style CELL = Style.regular(13);
    private static final Style STRONG = Style.bold(13);
    private static final float LEADING = 15;
    private static final float PAD = 3;
    private static final float[] COLUMNS = {34, 160, WIDTH - 34 - 160 - 92, 92};
    private static final String[] ROMAN = {"I", "II"};

    /** A cell's text; {@code span} columns wide. */
    private record Cell(String text, Style style, Align align, int span) {
        static Cell of(String text, Style style, Align align) {
            return new Cell(text, style, align, 1);
        }
    }

    private final PageFlow flow;
    private final DecisionDocument decision;
    private final DecisionDocument.AttachedList list;

    AttachedListTable(PageFlow flow, DecisionDocument decision) {
        this.flow = flow;
        this.decision = decision;
        this.list = decision.attachedList();
    }

    void draw() throws IOException {
        flow.newSection();
        heading();
        headerRow();
        int part = 0;
        for (NomineeKind kind : List.of(NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE)) {
            List<DecisionDocument.Recipient> recipients = list.of(kind);
            if (recipients.isEmpty()) {
                continue;
            }
            String numeral = ROMAN[part++];
            List<Cell> section = List.of(new Cell(numeral + ". " + kind.label(), STRONG, Align.LEFT, 4));
            List<Cell> first = cells(1, recipients.get(0));
            if (height(section) + height(first) > flow.remaining()) {
                nextPage();
            }
            row(section);
            int number = 0;
            for (DecisionDocument.Recipient recipient : recipients) {
                row(cells(++number, recipient));
            }
            long sum = recipients.stream().mapToLong(DecisionDocument.Recipient::bonus).sum();
            row(total("Cộng " + numeral + " (" + recipients.size() + " " + kind.label().toLowerCase(Locale.ROOT) + ")", sum));
        }
        row(total("Tổng cộng", list.total()));
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

    private void headerRow() throws IOException {
        row(List.of(Cell.of("STT", STRONG, Align.CENTER), Cell.of("Họ và tên, tên tập thể", STRONG, Align.CENTER),
                Cell.of("Chức vụ, đơn vị", STRONG, Align.CENTER), Cell.of("Số tiền thưởng (đồng)", STRONG, Align.CENTER)));
    }

    private void nextPage() throws IOException {
        flow.newPage();
        headerRow();
    }

    private static List<Cell> cells(int number, DecisionDocument.Recipient recipient) {
        return List.of(Cell.of(Integer.toString(number), CELL, Align.CENTER), Cell.of(recipient.name(), CELL, Align.LEFT),
                Cell.of(recipient.positionOrUnit(), CELL, Align.LEFT),
                Cell.of(VietnameseMoney.digits(recipient.bonus()), CELL, Align.RIGHT));
    }

    private static List<Cell> total(String label, long amount) {
        return List.of(new Cell(label, STRONG, Align.CENTER, 3), Cell.of(VietnameseMoney.digits(amount), STRONG, Align.RIGHT));
    }

    private void row(List<Cell> cells) throws IOException {
        float height = height(cells);
        if (height > flow.remaining()) {
            nextPage();
        }
        float top = flow.y();
        float x = LEFT;
        int column = 0;
        List<Float> borders = new ArrayList<>(List.of(x));
        for (Cell cell : cells) {
            float width = width(column, cell.span());
            var lines = flow.layout().lines(paragraph(cell), width - 2 * PAD);
            float baseline = top - PAD - (height - 2 * PAD - lines.size() * LEADING) / 2 - LEADING + LEADING * 0.25f;
            for (var line : lines) {
                flow.layout().draw(flow.content(), line, x + PAD, baseline, width - 2 * PAD, cell.align());
                baseline -= LEADING;
            }
            x += width;
            column += cell.span();
            borders.add(x);
        }
        flow.content().setLineWidth(0.5f);
        flow.content().addRect(LEFT, top - height, WIDTH, height);
        for (float border : borders.subList(1, borders.size() - 1)) {
            flow.content().moveTo(border, top);
            flow.content().lineTo(border, top - height);
        }
        flow.content().stroke();
        flow.down(height);
    }

    private float height(List<Cell> cells) {
        int lines = 1;
        int column = 0;
        for (Cell cell : cells) {
            lines = Math.max(lines, flow.layout().lines(paragraph(cell), width(column, cell.span()) - 2 * PAD).size());
            column += cell.span();
        }
        return lines * LEADING + 2 * PAD;
    }

    private static Paragraph paragraph(Cell cell) {
        return Paragraph.of(cell.text(), cell.style(), cell.align()).withLeading(LEADING);
    }

    private static float width(int column, int span) {
        float width = 0;
        for (int i = column; i < column + span; i++) {
            width += COLUMNS[i];
        }
        return width;
    }
}
