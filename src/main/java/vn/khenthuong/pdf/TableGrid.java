package vn.khenthuong.pdf;

import static vn.khenthuong.pdf.PageFlow.LEFT;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table flowing over pages from the left margin: cells wrap, rows never split, and the header row
 * repeats at the top of every new page.
 */
public final class TableGrid {

    private static final float LEADING = 15;
    private static final float PAD = 3;

    /** A cell's text; {@code span} columns wide. */
    public record Cell(String text, Style style, Align align, int span) {
        public static Cell of(String text, Style style, Align align) {
            return new Cell(text, style, align, 1);
        }
    }

    private final PageFlow flow;
    private final float[] columns;
    private final List<Cell> header;

    /** {@code columns}: the widths, adding up to the text width. */
    public TableGrid(PageFlow flow, float[] columns, List<Cell> header) {
        this.flow = flow;
        this.columns = columns.clone();
        this.header = List.copyOf(header);
    }

    public void header() throws IOException {
        row(header);
    }

    /** Continues on a new page, starting with the header row. */
    public void nextPage() throws IOException {
        flow.newPage();
        header();
    }

    public void row(List<Cell> cells) throws IOException {
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
        flow.content().addRect(LEFT, top - height, x - LEFT, height);
        for (float border : borders.subList(1, borders.size() - 1)) {
            flow.content().moveTo(border, top);
            flow.content().lineTo(border, top - height);
        }
        flow.content().stroke();
        flow.down(height);
    }

    public float height(List<Cell> cells) {
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

    private float width(int column, int span) {
        float width = 0;
        for (int i = column; i < column + span; i++) {
            width += columns[i];
        }
        return width;
    }
}
