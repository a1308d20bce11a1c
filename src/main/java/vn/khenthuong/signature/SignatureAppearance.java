package vn.khenthuong.signature;

import java.awt.Color;
import java.io.IOException;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

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
 * The visible signature: a hand-signature stroke, the organisation's red round seal over its left third, and
 * below both a caption with the organisation and the signing time (ISO 8601, +07:00). The caption is measured
 * with the font: at 8 pt if it fits, smaller down to 7 pt, then the organisation over two lines, then with
 * "Ủy ban nhân dân" written UBND, and only then cut with "…"; never below 7 pt, never over the seal or the
 * stroke, which share the space above it. Everything is vector graphics and text in the embedded font, so the
 * signed file stays PDF/A.
 */
final class SignatureAppearance {

    static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** The caption's sizes, largest first: 7 pt is the smallest a printed decision stays legible at. */
    static final float[] CAPTION_SIZES = {8, 7.5f, 7};
    static final float SMALLEST_CAPTION = 7;
    static final int CAPTION_LINES = 3;
    static final float PAD = 2;
    private static final float GAP = 3;
    private static final float LINE_SPACING = 1.2f;
    private static final Color INK = new Color(20, 40, 140);
    private static final Color SEAL = new Color(218, 30, 40);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** Abbreviations any Vietnamese official reads ("Ủy" or the older "Uỷ"), tried before a name is cut. */
    private static final Map<Pattern, String> SHORTER = Map.of(
            Pattern.compile("(?iu)(Ủy|Uỷ) ban nhân dân"), "UBND",
            Pattern.compile("(?iu)Hội đồng nhân dân"), "HĐND");
    /** Liberation Serif: the highest accent of a capital, the lowest descender, in ems. */
    private static final float ASCENT = 0.92f;
    private static final float DESCENT = 0.22f;
    /** The stroke's underline dips this share of its height below its box. */
    private static final float DIP = 0.12f;

    /** The caption's lines, top first, at one size. */
    record Caption(float size, List<String> lines) {

        Style style() {
            return Style.regular(size);
        }

        float leading() {
            return size * LINE_SPACING;
        }

        /** From the box's bottom edge to the top of the first line's accents. */
        float top() {
            return baseline(0) + size * ASCENT;
        }

        /** The baseline of line {@code i} (0 the top line). */
        float baseline(int i) {
            return PAD + size * DESCENT + (lines.size() - 1 - i) * leading();
        }
    }

    /** Where everything goes in a box of {@code width} × {@code height}, from its lower left corner. */
    record Layout(float width, float height, Caption caption, float sealX, float sealY, float sealRadius,
            PDRectangle stroke) {

        /** The stroke's curves stay inside the box of their control points, which dip below it. */
        float strokeBottom() {
            return stroke.getLowerLeftY() - DIP * stroke.getHeight();
        }
    }

    private final PDDocument document;
    private final DecisionFonts fonts;

    SignatureAppearance(PDDocument document) {
        this.document = document;
        this.fonts = new DecisionFonts(document);
    }

    PDAppearanceDictionary draw(PDRectangle size, SigningKey key, OffsetDateTime signedAt) throws IOException {
        PDAppearanceDictionary appearance = SignatureSlot.appearance(document, size);
        PDAppearanceStream stream = appearance.getNormalAppearance().getAppearanceStream();
        TextLayout text = new TextLayout(fonts);
        Layout layout = layout(text, size.getWidth(), size.getHeight(), key.organisation(), ISO.format(signedAt));
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            PDRectangle stroke = layout.stroke();
            handSignature(content, stroke.getLowerLeftX(), stroke.getLowerLeftY(), stroke.getWidth(), stroke.getHeight());
            new SealDrawing(content, fonts.get(Face.BOLD)).draw(layout.sealX(), layout.sealY(), layout.sealRadius(),
                    Normalizer.normalize(key.organisation().toUpperCase(VIETNAMESE), Normalizer.Form.NFC));
            caption(content, text, layout);
        }
        return appearance;
    }

    static Layout layout(TextLayout text, float width, float height, String organisation, String signingTime) {
        Caption caption = caption(text, organisation, signingTime, width - 2 * PAD);
        float bottom = caption.top() + GAP;
        float room = height - PAD - bottom;
        float strokeLeft = width * 0.22f;
        float strokeWidth = width - strokeLeft - 4;
        float strokeHeight = room / (1 + DIP);
        PDRectangle stroke = new PDRectangle(strokeLeft, bottom + DIP * strokeHeight, strokeWidth, strokeHeight);
        // the seal, inside the room above the caption, covers the left third of the stroke
        float radius = Math.min(room / 2, width * 0.19f);
        float sealX = Math.max(PAD + radius, strokeLeft + strokeWidth / 3 - radius);
        return new Layout(width, height, caption, sealX, bottom + room / 2, radius, stroke);
    }

    /** The caption for a line {@code width} wide: see the class comment for the order of the fallbacks. */
    static Caption caption(TextLayout text, String organisation, String signingTime, float width) {
        String time = "Thời gian ký: " + signingTime;
        List<String> names = new ArrayList<>(List.of(clean(organisation)));
        String shorter = names.get(0);
        for (Map.Entry<Pattern, String> abbreviation : SHORTER.entrySet()) {
            shorter = abbreviation.getKey().matcher(shorter).replaceAll(abbreviation.getValue());
        }
        if (!shorter.equals(names.get(0))) {
            names.add(shorter);
        }
        for (String name : names) {
            String who = "Cơ quan: " + name;
            for (float size : CAPTION_SIZES) {
                if (text.width(who, Style.regular(size)) <= width && text.width(time, Style.regular(size)) <= width) {
                    return new Caption(size, List.of(who, time));
                }
            }
            for (float size : CAPTION_SIZES) {
                List<String> lines = new ArrayList<>(wrap(text, who, size, width));
                lines.addAll(wrap(text, time, size, width));
                if (lines.size() <= CAPTION_LINES) {
                    return new Caption(size, List.copyOf(lines));
                }
            }
        }
        // too long even abbreviated: what fits of the name, cut after a word with "…"
        List<String> timeLines = wrap(text, time, SMALLEST_CAPTION, width);
        List<String> whoLines = wrap(text, "Cơ quan: " + names.get(names.size() - 1), SMALLEST_CAPTION, width);
        int keep = Math.max(1, CAPTION_LINES - timeLines.size());
        List<String> lines = new ArrayList<>(whoLines.subList(0, keep - 1));
        lines.add(cut(text, whoLines.get(keep - 1), width));
        lines.addAll(timeLines);
        return new Caption(SMALLEST_CAPTION, List.copyOf(lines));
    }

    private static List<String> wrap(TextLayout text, String line, float size, float width) {
        return text.lines(Paragraph.of(line, Style.regular(size), Align.CENTER), width).stream()
                .map(TextLayout.Line::text).toList();
    }

    private static String cut(TextLayout text, String line, float width) {
        Style style = Style.regular(SMALLEST_CAPTION);
        String kept = line;
        while (text.width(kept + "…", style) > width && kept.contains(" ")) {
            kept = kept.substring(0, kept.lastIndexOf(' ')).replaceAll("[,;:\\s-]+$", "");
        }
        while (text.width(kept + "…", style) > width && kept.length() > 1) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return kept + "…";
    }

    private static String clean(String organisation) {
        return Normalizer.normalize(organisation, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
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
        content.curveTo(x + 0.40f * width, y - DIP * height, x + 0.75f * width, y - 0.05f * height,
                x + 0.95f * width, y + 0.12f * height);
        content.stroke();
    }

    private static void caption(PDPageContentStream content, TextLayout text, Layout layout) throws IOException {
        Caption caption = layout.caption();
        content.setNonStrokingColor(Color.BLACK);
        for (int i = 0; i < caption.lines().size(); i++) {
            TextLayout.Line line = text.lines(Paragraph.of(caption.lines().get(i), caption.style(), Align.CENTER),
                    Float.MAX_VALUE).get(0);
            text.draw(content, line, PAD, caption.baseline(i), layout.width() - 2 * PAD, Align.CENTER);
        }
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
