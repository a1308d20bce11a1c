package vn.khenthuong.pdf;

import java.util.List;

/**
 * A block of text wrapped to a width.
 *
 * @param firstIndent indent of the first line (Decree 30: 1 to 1.27 cm for body paragraphs)
 * @param leading     distance between baselines
 */
public record Paragraph(List<Run> runs, Align align, float firstIndent, float leading) {

    public static Paragraph of(String text, Style style, Align align) {
        return new Paragraph(List.of(new Run(text, style)), align, 0, style.size() * 1.2f);
    }

    public Paragraph indented(float indent) {
        return new Paragraph(runs, align, indent, leading);
    }

    public Paragraph withLeading(float newLeading) {
        return new Paragraph(runs, align, firstIndent, newLeading);
    }
}
