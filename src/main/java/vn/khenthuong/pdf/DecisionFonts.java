package vn.khenthuong.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, embedded as subsets. The font files are read from the classpath once;
 * each document parses its own copy because PDFBox fonts are neither shareable between documents nor
 * thread-safe.
 */
public final class DecisionFonts {

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    public DecisionFonts(PDDocument document) {
        this.document = document;
    }

    public PDType0Font get(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file(f)));
                // GSUB would only add Latin ligatures, and PDFBox compiles regular expressions for it on
                // every showText: without it a 500-recipient list is drawn several times faster
                font.setEnableGsub(false);
                document.registerTrueTypeFontForClosing(font);
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static synchronized byte[] file(Face face) {
        return FILES.computeIfAbsent(face, f -> {
            try (InputStream in = DecisionFonts.class.getResourceAsStream(f.resource())) {
                if (in == null) {
                    throw new IllegalStateException("Font " + f.resource() + " missing (openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
