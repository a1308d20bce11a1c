package vn.khenthuong.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * Breaks paragraphs into lines at spaces and draws lines. PDFBox has no text layout of its own. Justified
 * lines place each word separately, so the gaps are wider than a space and text extraction still finds
 * the word boundaries.
 */
public final class TextLayout {

    /** A word or part of a word in one style; {@code spaced} if a space precedes it. */
    record Piece(String text, Style style, float width, boolean spaced) {
    }

    /** One line of a paragraph; {@code first} and {@code last} decide indent and justification. */
    public record Line(List<Piece> pieces, boolean first, boolean last) {

        /** The line's text, words separated by single spaces. */
        public String text() {
            StringBuilder text = new StringBuilder();
            for (Piece piece : pieces) {
                if (piece.spaced() && text.length() > 0) {
                    text.append(' ');
                }
                text.append(piece.text());
            }
            return text.toString();
        }
    }

    private final DecisionFonts fonts;

    public TextLayout(DecisionFonts fonts) {
        this.fonts = fonts;
    }

    public float width(String text, Style style) {
        try {
            return fonts.get(style.face()).getStringWidth(text) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float spaceWidth(Style style) {
        return width(" ", style);
    }

    public List<Line> lines(Paragraph paragraph, float maxWidth) {
        List<List<Piece>> words = words(paragraph.runs());
        List<Line> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float used = 0;
        for (List<Piece> word : words) {
            float available = maxWidth - (lines.isEmpty() ? paragraph.firstIndent() : 0);
            float gap = current.isEmpty() ? 0 : spaceWidth(word.get(0).style());
            float wordWidth = (float) word.stream().mapToDouble(Piece::width).sum();
            if (!current.isEmpty() && used + gap + wordWidth > available) {
                lines.add(new Line(current, lines.isEmpty(), false));
                current = new ArrayList<>();
                used = 0;
                gap = 0;
                available = maxWidth;
            }
            if (current.isEmpty() && wordWidth > available) {
                for (Piece part : hardBreak(word, available)) {
                    if (!current.isEmpty()) {
                        lines.add(new Line(current, lines.isEmpty(), false));
                        current = new ArrayList<>();
                    }
                    current.add(part);
                    used = part.width();
                }
                continue;
            }
            for (Piece piece : word) {
                current.add(current.isEmpty() ? unspaced(piece) : piece);
            }
            used += gap + wordWidth;
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(new Line(current, lines.isEmpty(), true));
        } else {
            Line lastLine = lines.remove(lines.size() - 1);
            lines.add(new Line(lastLine.pieces(), lastLine.first(), true));
        }
        return lines;
    }

    float naturalWidth(Line line) {
        float total = 0;
        for (int i = 0; i < line.pieces().size(); i++) {
            Piece piece = line.pieces().get(i);
            total += piece.width() + (i > 0 && piece.spaced() ? spaceWidth(piece.style()) : 0);
        }
        return total;
    }

    /** Draws a line whose baseline is at {@code y}, inside [x, x + width]. */
    public void draw(PDPageContentStream content, Line line, float x, float y, float width, Align align) throws IOException {
        float natural = naturalWidth(line);
        int gaps = (int) line.pieces().stream().skip(1).filter(Piece::spaced).count();
        boolean justify = align == Align.JUSTIFY && !line.last() && gaps > 0;
        float start = switch (align) {
            case CENTER -> x + (width - natural) / 2;
            case RIGHT -> x + width - natural;
            default -> x;
        };
        float extra = justify ? (width - natural) / gaps : 0;
        content.beginText();
        float cursor = start;
        StringBuilder pending = new StringBuilder();
        Style pendingStyle = null;
        float pendingX = start;
        for (int i = 0; i < line.pieces().size(); i++) {
            Piece piece = line.pieces().get(i);
            float space = i > 0 && piece.spaced() ? spaceWidth(piece.style()) : 0;
            boolean sameSegment = pendingStyle != null && pendingStyle.equals(piece.style()) && !(justify && space > 0);
            if (!sameSegment) {
                show(content, pending, pendingStyle, pendingX, y);
                pending.setLength(0);
                pendingX = cursor + space + (space > 0 ? extra : 0);
                pendingStyle = piece.style();
            } else if (space > 0) {
                pending.append(' ');
            }
            cursor += space + (space > 0 ? extra : 0) + piece.width();
            pending.append(piece.text());
        }
        show(content, pending, pendingStyle, pendingX, y);
        content.endText();
    }

    private void show(PDPageContentStream content, StringBuilder text, Style style, float x, float y) throws IOException {
        if (style == null || text.length() == 0) {
            return;
        }
        content.setFont(fonts.get(style.face()), style.size());
        content.setTextMatrix(Matrix.getTranslateInstance(x, y));
        content.showText(text.toString());
    }

    private List<List<Piece>> words(List<Run> runs) {
        List<List<Piece>> words = new ArrayList<>();
        boolean spaceBefore = false;
        for (Run run : runs) {
            // PDFBox positions no combining marks: every letter must be precomposed
            String text = Normalizer.normalize(run.text(), Normalizer.Form.NFC);
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == ' ') {
                    spaceBefore = true;
                    i++;
                    continue;
                }
                int end = text.indexOf(' ', i);
                end = end < 0 ? text.length() : end;
                String token = text.substring(i, end);
                Piece piece = new Piece(token, run.style(), width(token, run.style()), spaceBefore);
                if (spaceBefore || words.isEmpty()) {
                    words.add(new ArrayList<>());
                }
                words.get(words.size() - 1).add(piece);
                spaceBefore = false;
                i = end;
            }
        }
        return words;
    }

    /** Splits a word wider than the line by characters (only for pathological names without spaces). */
    private List<Piece> hardBreak(List<Piece> word, float available) {
        List<Piece> parts = new ArrayList<>();
        for (Piece piece : word) {
            StringBuilder part = new StringBuilder();
            for (int cp : piece.text().codePoints().toArray()) {
                String candidate = part + Character.toString(cp);
                if (part.length() > 0 && width(candidate, piece.style()) > available) {
                    parts.add(new Piece(part.toString(), piece.style(), width(part.toString(), piece.style()), false));
                    part.setLength(0);
                }
                part.appendCodePoint(cp);
            }
            parts.add(new Piece(part.toString(), piece.style(), width(part.toString(), piece.style()), false));
        }
        return parts;
    }

    private static Piece unspaced(Piece piece) {
        return piece.spaced() ? new Piece(piece.text(), piece.style(), piece.width(), false) : piece;
    }
}
