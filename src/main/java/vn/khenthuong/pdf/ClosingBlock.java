package vn.khenthuong.pdf;

import static vn.khenthuong.pdf.PageFlow.LEFT;
import static vn.khenthuong.pdf.PageFlow.WIDTH;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * "Nơi nhận:" on the left and the signature block on the right, kept together on one page. The space
 * between the signer's capacity and name is where the signature appearance goes.
 */
public final class ClosingBlock {

    /** Where the signature will be drawn. */
    public record Slot(PDPage page, PDRectangle rectangle) {
    }

    public static final float SIGNATURE_HEIGHT = 100;
    public static final float SIGNATURE_WIDTH = 240;
    private static final float LEFT_WIDTH = WIDTH * 0.45f;
    private static final float RIGHT_X = LEFT + LEFT_WIDTH;
    private static final float RIGHT_WIDTH = WIDTH - LEFT_WIDTH;
    private static final Style SIGNER = Style.bold(14);
    private static final float SIGNER_LEADING = 18;

    private ClosingBlock() {
    }

    /** {@code capacity}: the signer's lines above the signature ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"). */
    public static Slot draw(PageFlow flow, List<String> copiesTo, List<String> capacity, String name) throws IOException {
        List<Paragraph> copies = new ArrayList<>();
        copies.add(Paragraph.of("Nơi nhận:", Style.boldItalic(12), Align.LEFT).withLeading(15));
        for (String copy : copiesTo) {
            copies.add(Paragraph.of("- " + copy, Style.regular(11), Align.LEFT).withLeading(13));
        }
        float leftHeight = (float) copies.stream().mapToDouble(p -> flow.height(p, LEFT_WIDTH)).sum();
        float rightHeight = (capacity.size() + 1) * SIGNER_LEADING + SIGNATURE_HEIGHT;
        flow.keep(Math.max(leftHeight, rightHeight));

        float top = flow.y();
        for (Paragraph copy : copies) {
            flow.paragraph(copy, LEFT, LEFT_WIDTH);
        }
        float leftBottom = flow.y();

        flow.moveTo(top);
        for (String line : capacity) {
            flow.paragraph(Paragraph.of(line, SIGNER, Align.CENTER).withLeading(SIGNER_LEADING), RIGHT_X, RIGHT_WIDTH);
        }
        float width = Math.min(SIGNATURE_WIDTH, RIGHT_WIDTH);
        PDRectangle rectangle = new PDRectangle(RIGHT_X + (RIGHT_WIDTH - width) / 2, flow.y() - SIGNATURE_HEIGHT,
                width, SIGNATURE_HEIGHT);
        flow.down(SIGNATURE_HEIGHT);
        flow.paragraph(Paragraph.of(name, SIGNER, Align.CENTER).withLeading(SIGNER_LEADING),
                RIGHT_X, RIGHT_WIDTH);
        flow.moveTo(Math.min(leftBottom, flow.y()));
        return new Slot(flow.page(), rectangle);
    }
}
