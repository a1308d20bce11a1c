package vn.khenthuong.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "phong trào thi đua \"Dạy tốt, học tốt\" năm 2025|phong trào thi đua “Dạy tốt, học tốt” năm 2025",
        "\"Lao động tiên tiến\"|“Lao động tiên tiến”",
        "danh hiệu \"Chiến sĩ thi đua cơ sở\", \"Lao động tiên tiến\".|danh hiệu “Chiến sĩ thi đua cơ sở”, “Lao động tiên tiến”.",
        "(\"Dân vận khéo\")|(“Dân vận khéo”)",
        "phong trào “Dân vận khéo”|phong trào “Dân vận khéo”",
        "Tổ Toán - Tin|Tổ Toán - Tin"})
    void straightDoubleQuotesBecomeOpeningAndClosingOnes(String typed, String printed) {
        assertThat(Quotes.typographic(typed)).isEqualTo(printed);
    }
}
