package vn.khenthuong.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiberationSerifCoverageTest {

    /** a ă â e ê i o ô ơ u ư y with no tone and the five tones, plus đ; both cases; without the ASCII ones. */
    static List<String> precomposedVietnameseLetters() {
        TreeSet<String> letters = new TreeSet<>();
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        for (char vowel : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : tones) {
                letters.add(Normalizer.normalize(vowel + tone, Normalizer.Form.NFC));
            }
        }
        letters.add("đ");
        List<String> all = new ArrayList<>();
        for (String letter : letters) {
            all.add(letter);
            all.add(letter.toUpperCase(Locale.ROOT));
        }
        return all.stream().filter(letter -> letter.charAt(0) > 0x7F).toList();
    }

    @ParameterizedTest
    @EnumSource(Face.class)
    void everyPrecomposedVietnameseLetterHasAGlyph(Face face) throws IOException {
        List<String> letters = precomposedVietnameseLetters();
        assertThat(letters).hasSize(134).allMatch(letter -> letter.length() == 1);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(DecisionFonts.file(face)))) {
            assertThat(font.getName()).startsWith("LiberationSerif");
            assertThat(font.getNaming().getNameRecords().stream().filter(n -> n.getNameId() == NameRecord.NAME_VERSION)
                    .map(NameRecord::getString).findFirst().orElseThrow()).startsWith("Version 2.");
            var lookup = font.getUnicodeCmapLookup();
            List<String> missing = letters.stream().filter(letter -> lookup.getGlyphId(letter.charAt(0)) == 0).toList();
            assertThat(missing).as("letters without a glyph in %s", face).isEmpty();
        }
    }

    /** The quotes around titles and movements, the dash of "Độc lập - Tự do - Hạnh phúc" and the ellipsis. */
    @ParameterizedTest
    @EnumSource(Face.class)
    void typographicPunctuationHasAGlyph(Face face) throws IOException {
        String punctuation = "\u201C\u201D\u2018\u2019\u2013\u2014\u2026";
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(DecisionFonts.file(face)))) {
            var lookup = font.getUnicodeCmapLookup();
            List<String> missing = punctuation.chars().filter(c -> lookup.getGlyphId(c) == 0)
                    .mapToObj(c -> String.format("U+%04X", c)).toList();
            assertThat(missing).as("punctuation without a glyph in %s", face).isEmpty();
        }
    }
}
