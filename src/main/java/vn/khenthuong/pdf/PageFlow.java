package vn.khenthuong.pdf;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages of A4 with the Decree 30/2020 margins ({@link Decree30Margin}), filled from top to bottom. Page numbers
 * are centred in the top margin from the second page of a section on; the attached list is a section of its own
 * because an appendix is numbered separately (Decree 30/2020, Appendix I).
 */
public final class PageFlow implements AutoCloseable {

    public static final float MM = 72f / 25.4f;
    public static final PDRectangle A4 = PDRectangle.A4;
    public static final float TOP = Decree30Margin.TOP.points();
    public static final float BOTTOM = Decree30Margin.BOTTOM.points();
    public static final float LEFT = Decree30Margin.LEFT.points();
    public static final float RIGHT = Decree30Margin.RIGHT.points();
    public static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    private static final Style PAGE_NUMBER = Style.regular(13);

    private final PDDocument document;
    private final TextLayout layout;
    private PDPage page;
    private PDPageContentStream content;
    private float y;
    private int pageInSection;

    public PageFlow(PDDocument document, TextLayout layout) {
        this.document = document;
        this.layout = layout;
    }

    public TextLayout layout() {
        return layout;
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream content() {
        return content;
    }

    /** Baseline-independent cursor: the top of the space not yet used on the page. */
    public float y() {
        return y;
    }

    public void down(float distance) {
        y -= distance;
    }

    void moveTo(float newY) {
        y = newY;
    }

    /** Draws one line of text (wrapping is the caller's concern) with its baseline at {@code baseline}. */
    float text(String text, Style style, float x, float width, float baseline, Align align) throws IOException {
        var lines = layout.lines(Paragraph.of(text, style, align), Float.MAX_VALUE);
        layout.draw(content, lines.get(0), x, baseline, width, align);
        return layout.naturalWidth(lines.get(0));
    }

    public void newSection() throws IOException {
        pageInSection = 0;
        newPage();
    }

    public void newPage() throws IOException {
        closeContent();
        page = new PDPage(A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = A4.getHeight() - TOP;
        pageInSection++;
        if (pageInSection > 1) {
            float baseline = A4.getHeight() - TOP / 2 - PAGE_NUMBER.size() / 3;
            text(Integer.toString(pageInSection), PAGE_NUMBER, LEFT, WIDTH, baseline, Align.CENTER);
        }
    }

    public float remaining() {
        return y - BOTTOM;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void keep(float height) throws IOException {
        if (height > remaining()) {
            newPage();
        }
    }

    /** Flows a paragraph across the full text width, breaking pages between lines. */
    public void paragraph(Paragraph paragraph) throws IOException {
        paragraph(paragraph, LEFT, WIDTH);
    }

    public void paragraph(Paragraph paragraph, float x, float width) throws IOException {
        List<TextLayout.Line> lines = layout.lines(paragraph, width);
        for (TextLayout.Line line : lines) {
            keep(paragraph.leading());
            y -= paragraph.leading();
            float indent = line.first() ? paragraph.firstIndent() : 0;
            layout.draw(content, line, x + indent, y + descent(paragraph), width - indent, paragraph.align());
        }
    }

    /** Height of a paragraph once wrapped to {@code width}. */
    public float height(Paragraph paragraph, float width) {
        return layout.lines(paragraph, width).size() * paragraph.leading();
    }

    public void horizontalLine(float x1, float x2, float atY, float thickness) throws IOException {
        content.setLineWidth(thickness);
        content.moveTo(x1, atY);
        content.lineTo(x2, atY);
        content.stroke();
    }

    /** Moves the baseline up from the bottom of the line box so descenders stay inside it. */
    private static float descent(Paragraph paragraph) {
        return paragraph.leading() * 0.25f;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
