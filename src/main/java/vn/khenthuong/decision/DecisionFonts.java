package vn.khenthuong.decision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one PDF document, embedded as subsets. The font files are read from the classpath once;
 * each document parses its own copy because PDFBox fonts are neither shareable between documents nor
 * thread-safe.
 */
final class DecisionFonts {

    private static final Map<Face, byte[]> FILES = new EnumMap<>(Face.class);

    private final PDDocument document;
    private final Map<Face, PDType0Font> loaded = new EnumMap<>(Face.class);

    DecisionFonts(PDDocument document) {
        this.document = document;
    }

    PDType0Font get(Face face) {
        return loaded.computeIfAbsent(face, f -> {
            try (InputStream in = new ByteArrayInputStream(file(f))) {
                return PDType0Font.load(document, in, true);
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
