package vn.khenthuong.decision;

import static vn.khenthuong.pdf.PageFlow.LEFT;
import static vn.khenthuong.pdf.PageFlow.WIDTH;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import vn.khenthuong.kernel.VietnamTime;
import vn.khenthuong.pdf.Align;
import vn.khenthuong.pdf.ClosingBlock;
import vn.khenthuong.pdf.DecisionFonts;
import vn.khenthuong.pdf.DraftMark;
import vn.khenthuong.pdf.HeaderBlock;
import vn.khenthuong.pdf.PageFlow;
import vn.khenthuong.pdf.Paragraph;
import vn.khenthuong.pdf.PdfA;
import vn.khenthuong.pdf.Run;
import vn.khenthuong.pdf.Style;
import vn.khenthuong.pdf.TextLayout;
import vn.khenthuong.pdf.VietnameseDates;
import vn.khenthuong.signature.PdfSigner;
import vn.khenthuong.signature.SignatureSlot;

/**
 * Lays out a decision per Decree 30/2020/NĐ-CP as an unsigned PDF/A-2b file: head, title, legal bases,
 * articles, "Nơi nhận" and signature block (with an empty signature field for {@link PdfSigner}), then
 * the attached list.
 */
public final class DecisionPdfRenderer {

    private static final Style BODY = Style.regular(14);
    private static final Style TITLE = Style.bold(14);
    private static final float INDENT = 10 * PageFlow.MM;
    private static final float BODY_LEADING = 19;

    private final Clock clock;

    public DecisionPdfRenderer() {
        this(Clock.system(VietnamTime.ZONE));
    }

    public DecisionPdfRenderer(Clock clock) {
        this.clock = clock;
    }

    public byte[] render(DecisionDocument decision) {
        try (PDDocument document = new PDDocument()) {
            DecisionFonts fonts = new DecisionFonts(document);
            try (PageFlow flow = new PageFlow(document, new TextLayout(fonts))) {
                flow.newSection();
                HeaderBlock.draw(flow, decision.issuingBody(), decision.number().text(), decision.place(), decision.date());
                body(flow, decision);
                SignatureSlot.add(document, ClosingBlock.draw(flow, decision.copiesTo(), decision.signer().capacity(),
                        decision.signer().name()));
                if (decision.attachedList() != null) {
                    new AttachedListTable(flow, decision).draw();
                }
            }
            if (decision.number().isDraft()) {
                DraftMark.stamp(document, fonts);
            }
            PdfA.apply(document, title(decision), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không tạo được tệp PDF của quyết định", e);
        }
    }

    static String title(DecisionDocument decision) {
        return "Quyết định số " + decision.number().text() + " " + VietnameseDates.longDate(decision.date())
                + " " + lowerFirst(decision.subject());
    }

    private static void body(PageFlow flow, DecisionDocument decision) throws IOException {
        flow.down(22);
        flow.paragraph(Paragraph.of("QUYẾT ĐỊNH", TITLE, Align.CENTER));
        flow.paragraph(Paragraph.of(decision.subject(), TITLE, Align.CENTER));
        float centre = LEFT + WIDTH / 2;
        float rule = flow.layout().width(decision.subject(), TITLE) * 0.4f;
        flow.horizontalLine(centre - rule / 2, centre + rule / 2, flow.y() - 3, 0.6f);
        flow.down(18);
        flow.paragraph(Paragraph.of(decision.authority(), TITLE, Align.CENTER));
        flow.down(10);
        for (String basis : decision.legalBases()) {
            flow.paragraph(Paragraph.of(basis, Style.italic(14), Align.JUSTIFY).indented(INDENT).withLeading(BODY_LEADING));
            flow.down(4);
        }
        flow.down(6);
        flow.paragraph(Paragraph.of("QUYẾT ĐỊNH:", TITLE, Align.CENTER));
        flow.down(8);
        int number = 0;
        for (String article : decision.articles()) {
            List<Run> runs = List.of(new Run("Điều " + ++number + ".", TITLE), new Run(" " + article, BODY));
            flow.paragraph(new Paragraph(runs, Align.JUSTIFY, INDENT, BODY_LEADING));
            flow.down(6);
        }
        flow.down(12);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
