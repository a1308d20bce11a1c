package vn.khenthuong.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void fieldsWithLineBreaksAreQuotedAndFormulasAreDefused() {
        assertThat(SpreadsheetCsv.field("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(SpreadsheetCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(SpreadsheetCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCsv.field("Bế Văn Đàn")).isEqualTo("Bế Văn Đàn");
        assertThat(SpreadsheetCsv.field(null)).isEmpty();
    }
}
