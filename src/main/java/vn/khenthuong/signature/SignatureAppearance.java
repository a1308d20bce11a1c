package vn.khenthuong.signature;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.util.Matrix;

import vn.khenthuong.pdf.Align;
import vn.khenthuong.pdf.DecisionFonts;
import vn.khenthuong.pdf.Face;
import vn.khenthuong.pdf.Paragraph;
import vn.khenthuong.pdf.Style;
import vn.khenthuong.pdf.TextLayout;

/**
 * The visible signature: a hand-signature stroke, the organisation's red round seal over its left third,
 * and the organisation and signing time (ISO 8601, +07:00) in small print. Everything is vector
 * graphics and text in the embedded font, so the signed file stays PDF/A.
 */
final class SignatureAppearance {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Color INK = new Color(20, 40, 140);
    private static final Color SEAL = new Color(218, 30, 40);
    private static final Style NOTE = Style.regular(6.5f);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PDDocument document;
    private final DecisionFonts fonts;

    SignatureAppearance(PDDocument document) {
        this.document = document;
        this.fonts = new DecisionFonts(document);
    }

    PDAppearanceDictionary draw(PDRectangle size, SigningKey key, OffsetDateTime signedAt) throws IOException {
        PDAppearanceDictionary appearance = SignatureSlot.appearance(document, size);
        PDAppearanceStream stream = appearance.getNormalAppearance().getAppearanceStream();
        float w = size.getWidth();
        float h = size.getHeight();
        float strokeLeft = w * 0.22f;
        float sealRadius = Math.min(h * 0.42f, w * 0.19f);
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            handSignature(content, strokeLeft, h * 0.30f, w - strokeLeft - 4, h * 0.62f);
            // the seal covers the left third of the signature
            float strokeThird = (w - strokeLeft) / 3;
            new SealDrawing(content, fonts.get(Face.BOLD)).draw(strokeLeft + strokeThird - sealRadius, h * 0.52f, sealRadius,
                    Normalizer.normalize(key.organisation().toUpperCase(VIETNAMESE), Normalizer.Form.NFC));
            note(content, List.of("Cơ quan: " + key.organisation(), "Thời gian ký: " + ISO.format(signedAt)),
                    strokeLeft + strokeThird + 4, w - strokeLeft - strokeThird - 6);
        }
        return appearance;
    }

    /** A cursive-looking stroke in dark blue ink inside the box (x, y, width, height). */
    private static void handSignature(PDPageContentStream content, float x, float y, float width, float height)
            throws IOException {
        float[][] curves = {
            {0.00f, 0.35f}, {0.05f, 1.00f, 0.16f, 0.95f, 0.13f, 0.30f}, {0.11f, -0.05f, 0.24f, 0.05f, 0.29f, 0.50f},
            {0.34f, 0.95f, 0.40f, 0.85f, 0.38f, 0.35f}, {0.36f, 0.05f, 0.48f, 0.05f, 0.53f, 0.45f},
            {0.58f, 0.85f, 0.66f, 0.75f, 0.68f, 0.35f}, {0.71f, 0.05f, 0.82f, 0.10f, 1.00f, 0.60f}};
        content.setStrokingColor(INK);
        content.setLineWidth(1.4f);
        content.setLineCapStyle(1);
        content.setLineJoinStyle(1);
        content.moveTo(x + curves[0][0] * width, y + curves[0][1] * height);
        for (int i = 1; i < curves.length; i++) {
            float[] c = curves[i];
            content.curveTo(x + c[0] * width, y + c[1] * height, x + c[2] * width, y + c[3] * height,
                    x + c[4] * width, y + c[5] * height);
        }
        content.moveTo(x + 0.08f * width, y + 0.02f * height);
        content.curveTo(x + 0.40f * width, y - 0.12f * height, x + 0.75f * width, y - 0.05f * height,
                x + 0.95f * width, y + 0.12f * height);
        content.stroke();
    }

    private void note(PDPageContentStream content, List<String> lines, float x, float width) throws IOException {
        TextLayout layout = new TextLayout(fonts);
        content.setNonStrokingColor(Color.BLACK);
        float baseline = 3 + NOTE.size() * 1.25f * (count(layout, lines, width) - 1) + 1;
        for (String line : lines) {
            for (TextLayout.Line part : layout.lines(Paragraph.of(line, NOTE, Align.LEFT), width)) {
                layout.draw(content, part, x, baseline, width, Align.LEFT);
                baseline -= NOTE.size() * 1.25f;
            }
        }
    }

    private static int count(TextLayout layout, List<String> lines, float width) {
        return lines.stream().mapToInt(line -> layout.lines(Paragraph.of(line, NOTE, Align.LEFT), width).size()).sum();
    }

    /** The red seal: two rings, the organisation's name along the inner ring and a star. */
    private record SealDrawing(PDPageContentStream content, PDFont font) {

        void draw(float cx, float cy, float r, String organisation) throws IOException {
            content.setStrokingColor(SEAL);
            content.setNonStrokingColor(SEAL);
            content.setLineWidth(2.2f);
            circle(cx, cy, r);
            content.stroke();
            content.setLineWidth(0.8f);
            circle(cx, cy, r * 0.70f);
            content.stroke();
            star(cx, cy, r * 0.32f);
            content.fill();
            ring(cx, cy, r * 0.76f, organisation, r * 0.16f);
        }

        private void circle(float cx, float cy, float r) throws IOException {
            float k = 0.5523f * r;
            content.moveTo(cx + r, cy);
            content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            content.closePath();
        }

        private void star(float cx, float cy, float r) throws IOException {
            for (int i = 0; i < 10; i++) {
                double angle = Math.PI / 2 + i * Math.PI / 5;
                float radius = i % 2 == 0 ? r : r * 0.4f;
                float x = cx + (float) (radius * Math.cos(angle));
                float y = cy + (float) (radius * Math.sin(angle));
                if (i == 0) {
                    content.moveTo(x, y);
                } else {
                    content.lineTo(x, y);
                }
            }
            content.closePath();
        }

        /** Writes the text clockwise along a circle, centred on the top, each glyph turned to the tangent. */
        private void ring(float cx, float cy, float r, String text, float size) throws IOException {
            float fontSize = size;
            float width = font.getStringWidth(text) / 1000 * fontSize;
            double maxArc = Math.toRadians(320) * r;
            if (width > maxArc) {
                fontSize *= (float) (maxArc / width);
                width = (float) maxArc;
            }
            double angle = Math.PI / 2 + width / r / 2;
            content.beginText();
            content.setFont(font, fontSize);
            for (int i = 0; i < text.length(); ) {
                int codePoint = text.codePointAt(i);
                String glyph = new String(Character.toChars(codePoint));
                i += Character.charCount(codePoint);
                float glyphWidth = font.getStringWidth(glyph) / 1000 * fontSize;
                double centre = angle - glyphWidth / 2 / r;
                double sin = Math.sin(centre);
                double cos = Math.cos(centre);
                float x = (float) (cx + r * cos - glyphWidth / 2 * sin);
                float y = (float) (cy + r * sin + glyphWidth / 2 * cos);
                // glyph x-axis along the clockwise tangent (sin, -cos)
                content.setTextMatrix(new Matrix((float) sin, (float) -cos, (float) cos, (float) sin, x, y));
                content.showText(glyph);
                angle -= glyphWidth / r;
            }
            content.endText();
        }
    }
}
