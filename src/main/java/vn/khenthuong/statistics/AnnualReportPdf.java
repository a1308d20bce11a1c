package vn.khenthuong.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.pdf.Align;
import vn.khenthuong.pdf.ClosingBlock;
import vn.khenthuong.pdf.DecisionFonts;
import vn.khenthuong.pdf.HeaderBlock;
import vn.khenthuong.pdf.PageFlow;
import vn.khenthuong.pdf.Paragraph;
import vn.khenthuong.pdf.PdfA;
import vn.khenthuong.pdf.Style;
import vn.khenthuong.pdf.TableGrid;
import vn.khenthuong.pdf.TextLayout;

/**
 * "Báo cáo tổng kết công tác thi đua, khen thưởng năm …" in the Decree 30/2020 layout of the decisions: head,
 * title, the figures in words, the tables, "Nơi nhận" and the signature block left for the signer. PDF/A-2b
 * with the embedded Liberation Serif; every text is drawn in NFC.
 */
final class AnnualReportPdf {

    private static final Style BODY = Style.regular(14);
    private static final Style HEADING = Style.bold(14);
    private static final Style CELL = Style.regular(11);
    private static final Style STRONG = Style.bold(11);
    private static final float INDENT = 10 * PageFlow.MM;
    private static final float LEADING = 19;
    private static final float CELL_PADDING = 10;
    private static final String[] PARTS = {"I. KẾT QUẢ CÔNG TÁC KHEN THƯỞNG", "II. SỐ LIỆU THỐNG KÊ"};

    private AnnualReportPdf() {
    }

    /** "Tổng kết công tác thi đua, khen thưởng năm 2017". */
    static String subject(StatisticsReport report) {
        return "Tổng kết công tác thi đua, khen thưởng " + report.periodLabel();
    }

    static byte[] render(StatisticsReport report, ReportHeading heading, LocalDate date) {
        try (PDDocument document = new PDDocument()) {
            TextLayout layout = new TextLayout(new DecisionFonts(document));
            try (PageFlow flow = new PageFlow(document, layout)) {
                flow.newSection();
                HeaderBlock.draw(flow, heading.issuingBody(), heading.number(), heading.place(), date);
                title(flow, subject(report));
                flow.paragraph(Paragraph.of(PARTS[0], HEADING, Align.LEFT).withLeading(LEADING));
                for (String sentence : report.summary()) {
                    flow.paragraph(Paragraph.of(sentence, BODY, Align.JUSTIFY).indented(INDENT).withLeading(LEADING));
                    flow.down(4);
                }
                flow.down(6);
                flow.paragraph(Paragraph.of(PARTS[1], HEADING, Align.LEFT).withLeading(LEADING));
                int number = 0;
                for (StatTable table : report.tables()) {
                    table(flow, layout, ++number + ". " + table.title(), table);
                }
                flow.down(12);
                ClosingBlock.draw(flow, heading.copiesTo(), heading.capacity(), "");
            }
            String title = Normalizer.normalize("Báo cáo " + subject(report) + " - " + report.scopeName(), Normalizer.Form.NFC);
            PdfA.apply(document, title, OffsetDateTime.now(VietnamTime.ZONE).truncatedTo(ChronoUnit.SECONDS));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp PDF của báo cáo", e);
        }
    }

    private static void title(PageFlow flow, String subject) throws IOException {
        flow.down(22);
        flow.paragraph(Paragraph.of("BÁO CÁO", HEADING, Align.CENTER));
        flow.paragraph(Paragraph.of(subject, HEADING, Align.CENTER));
        float centre = PageFlow.LEFT + PageFlow.WIDTH / 2;
        flow.horizontalLine(centre - 60, centre + 60, flow.y() - 3, 0.6f);
        flow.down(18);
    }

    private static void table(PageFlow flow, TextLayout layout, String title, StatTable table) throws IOException {
        Paragraph caption = Paragraph.of(title, Style.boldItalic(13), Align.LEFT).withLeading(18);
        List<TableGrid.Cell> header = table.headers().stream().map(h -> TableGrid.Cell.of(h, STRONG, Align.CENTER)).toList();
        TableGrid grid = new TableGrid(flow, widths(table, layout), header);
        flow.down(6);
        flow.keep(flow.height(caption, PageFlow.WIDTH) + grid.height(header) + 2 * 21);
        flow.paragraph(caption);
        grid.header();
        for (StatTable.Row row : table.rows()) {
            grid.row(row.cells().stream().map(c -> TableGrid.Cell.of(c.text(), row.total() ? STRONG : CELL,
                    c instanceof Cell.Text ? Align.LEFT : Align.RIGHT)).toList());
        }
    }

    /**
     * Every column as wide as its widest text (a header wraps at spaces), then stretched to the text width; when
     * that is too wide, the figures keep their width and the label columns share what is left.
     */
    private static float[] widths(StatTable table, TextLayout layout) {
        int columns = table.headers().size();
        float[] widths = new float[columns];
        boolean[] labels = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            for (String word : table.headers().get(c).split(" ")) {
                widths[c] = Math.max(widths[c], layout.width(word, STRONG));
            }
            for (StatTable.Row row : table.rows()) {
                Cell cell = row.cells().get(c);
                labels[c] |= !cell.figure();
                widths[c] = Math.max(widths[c], layout.width(cell.text(), row.total() ? STRONG : CELL));
            }
            widths[c] += CELL_PADDING;
        }
        float natural = sum(widths, labels, true) + sum(widths, labels, false);
        if (natural <= PageFlow.WIDTH) {
            return scaled(widths, labels, PageFlow.WIDTH / natural, PageFlow.WIDTH / natural);
        }
        float figures = sum(widths, labels, false);
        float rest = Math.max(PageFlow.WIDTH - figures, PageFlow.WIDTH / 3);
        return scaled(widths, labels, rest / sum(widths, labels, true), (PageFlow.WIDTH - rest) / figures);
    }

    private static float sum(float[] widths, boolean[] labels, boolean ofLabels) {
        float sum = 0;
        for (int c = 0; c < widths.length; c++) {
            sum += labels[c] == ofLabels ? widths[c] : 0;
        }
        return sum;
    }

    private static float[] scaled(float[] widths, boolean[] labels, float labelScale, float figureScale) {
        float[] out = new float[widths.length];
        for (int c = 0; c < widths.length; c++) {
            out[c] = widths[c] * (labels[c] ? labelScale : figureScale);
        }
        return out;
    }
}
