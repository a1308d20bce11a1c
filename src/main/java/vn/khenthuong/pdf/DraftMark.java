package vn.khenthuong.pdf;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * "DỰ THẢO" in a red frame at the top right of every page, inside the top margin where no text is: a
 * printed or forwarded draft can never pass for the signed document.
 */
public final class DraftMark {

    public static final String TEXT = "DỰ THẢO";
    private static final float SIZE = 13;
    private static final float PADDING = 5;
    private static final PDColor RED = new PDColor(new float[] {0.8f, 0f, 0f}, PDDeviceRGB.INSTANCE);

    private DraftMark() {
    }

    /** Stamps every page of the document; call once the pages are all laid out. */
    public static void stamp(PDDocument document, DecisionFonts fonts) throws IOException {
        PDType0Font bold = fonts.get(Face.BOLD);
        float width = bold.getStringWidth(TEXT) / 1000 * SIZE;
        for (PDPage page : document.getPages()) {
            float right = page.getMediaBox().getWidth() - PageFlow.RIGHT;
            float baseline = page.getMediaBox().getHeight() - 14 * PageFlow.MM;
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                content.setStrokingColor(RED);
                content.setNonStrokingColor(RED);
                content.setLineWidth(1.2f);
                content.addRect(right - width - 2 * PADDING, baseline - PADDING, width + 2 * PADDING, SIZE + 2 * PADDING - 2);
                content.stroke();
                content.beginText();
                content.setFont(bold, SIZE);
                content.newLineAtOffset(right - width - PADDING, baseline);
                content.showText(TEXT);
                content.endText();
            }
        }
    }
}
