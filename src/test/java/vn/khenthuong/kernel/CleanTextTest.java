package vn.khenthuong.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CleanTextTest {

    private static final String NFD = Normalizer.normalize("Nguyễn Thị Hồng Đào", Normalizer.Form.NFD);

    @Test
    void composesVietnameseLettersAndDropsInvisibleCharacters() {
        assertThat(NFD).isNotEqualTo("Nguyễn Thị Hồng Đào");
        assertThat(CleanText.checked(NFD)).isEqualTo("Nguyễn Thị Hồng Đào");
        assertThat(CleanText.checked("\uFEFFNguyễn\u200B Văn\u200D An\u202E\u00AD")).isEqualTo("Nguyễn Văn An");
        // a zero-width joiner between a letter and its mark must not keep them apart
        assertThat(CleanText.checked("e\u200D\u0302")).isEqualTo("ê");
        assertThat(CleanText.checked("  giữ nguyên  \n")).isEqualTo("  giữ nguyên  \n");
        assertThat(CleanText.checked(null)).isNull();
    }

    @Test
    void oneLineCollapsesWhiteSpaceAndBlankIsNull() {
        assertThat(CleanText.line(" \t Nông\u00A0Thị \r\n  Mai  ")).isEqualTo("Nông Thị Mai");
        assertThat(CleanText.line("\u200B\u200B\u2060")).isNull();
        assertThat(CleanText.line("   ")).isNull();
        assertThat(CleanText.line(null)).isNull();
    }

    @Test
    void freeTextKeepsItsLinesWithUnixBreaks() {
        assertThat(CleanText.text("  Dòng một\r\nDòng hai\rDòng ba\u2028Dòng bốn \n")).isEqualTo("Dòng một\nDòng hai\nDòng ba\nDòng bốn");
        assertThat(CleanText.text("\u200B \n ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"An\u0000B", "\u0007", "An\u001BB", "\u007F", "An\u0085B", "An\uD800B", "\uDC00An", "An\uD800"})
    void refusesControlCharactersAndLoneSurrogates(String text) {
        assertThatThrownBy(() -> CleanText.checked(text)).isInstanceOf(CleanText.RefusedText.class)
                .hasMessageMatching("chứa ký tự .* \\(?.*U\\+[0-9A-F]{4}\\)");
        assertThatThrownBy(() -> CleanText.line(text)).isInstanceOf(CleanText.RefusedText.class);
        assertThatThrownBy(() -> CleanText.text(text)).isInstanceOf(CleanText.RefusedText.class);
    }

    @Test
    void keepsCharactersOutsideTheBasicPlane() {
        assertThat(CleanText.line("𠀋 Nôm 😀")).isEqualTo("𠀋 Nôm 😀");
    }

    @Test
    void foldsForMatching() {
        assertThat(CleanText.fold("  Ngô   Thị ĐÀO ")).isEqualTo("ngo thi dao");
        assertThat(CleanText.fold(NFD)).isEqualTo("nguyen thi hong dao");
        assertThat(CleanText.fold(null)).isNull();
    }

    @Test
    void nfcOnly() {
        assertThat(CleanText.nfc(NFD)).isEqualTo("Nguyễn Thị Hồng Đào");
        assertThat(CleanText.nfc(" a\u200B ")).isEqualTo(" a\u200B ");
        assertThat(CleanText.nfc(null)).isNull();
    }
}
