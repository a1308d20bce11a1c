package vn.khenthuong.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import vn.khenthuong.kernel.VietnamTime;

/**
 * A plain A4 report (a dossier's history, for example) in the decisions' embedded Liberation Serif, so
 * that every Vietnamese letter shows and can be extracted; text is wrapped and flows over pages, which
 * are numbered from the second on. Not PDF/A and not meant to be signed.
 */
public final class ReportPdf {

    private static final Style TITLE = Style.bold(15);
    private static final Style HEADING = Style.bold(13);
    private static final Style BODY = Style.regular(12);
    private static final Style NOTE = Style.italic(11);
    private static final float INDENT = 8 * PageFlow.MM;

    private record Block(Paragraph paragraph, float indent, float spaceBefore) {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    private ReportPdf(String title) {
        this.title = title;
        blocks.add(new Block(Paragraph.of(title, TITLE, Align.CENTER).withLeading(20), 0, 0));
    }

    public static ReportPdf titled(String title) {
        return new ReportPdf(title);
    }

    public ReportPdf centred(String text) {
        return add(Paragraph.of(text, NOTE, Align.CENTER), 0, 0);
    }

    public ReportPdf heading(String text) {
        return add(Paragraph.of(text, HEADING, Align.LEFT).withLeading(18), 0, 10);
    }

    public ReportPdf line(String text) {
        return add(Paragraph.of(text, BODY, Align.LEFT).withLeading(15), 0, 0);
    }

    /** A bold label followed by regular text on the same line, e.g. "Đơn vị: Trường Tiểu học Hòa Chung". */
    public ReportPdf labelled(String label, String text) {
        return add(new Paragraph(List.of(new Run(label, Style.bold(12)), new Run(" " + text, BODY)), Align.LEFT, 0, 15),
                0, 0);
    }

    /** Body text indented from the left margin, for the details under an item. */
    public ReportPdf indented(String text) {
        return add(Paragraph.of(text, BODY, Align.LEFT).withLeading(15), INDENT, 0);
    }

    public ReportPdf note(String text) {
        return add(Paragraph.of(text, NOTE, Align.LEFT).withLeading(14), INDENT, 0);
    }

    public ReportPdf space() {
        return add(Paragraph.of("", BODY, Align.LEFT).withLeading(6), 0, 0);
    }

    private ReportPdf add(Paragraph paragraph, float indent, float spaceBefore) {
        blocks.add(new Block(paragraph, indent, spaceBefore));
        return this;
    }

    public byte[] render() {
        try (PDDocument document = new PDDocument()) {
            try (PageFlow flow = new PageFlow(document, new TextLayout(new DecisionFonts(document)))) {
                flow.newSection();
                for (Block block : blocks) {
                    flow.down(Math.min(block.spaceBefore(), Math.max(0, flow.remaining())));
                    flow.paragraph(block.paragraph(), PageFlow.LEFT + block.indent(), PageFlow.WIDTH - block.indent());
                }
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(title);
            info.setCreator("Khen thưởng");
            Calendar now = new GregorianCalendar(TimeZone.getTimeZone(VietnamTime.ZONE));
            info.setCreationDate(now);
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage("vi");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp PDF", e);
        }
    }
}
