package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void storesTheNameInNfcWithoutClientPath() {
        String decomposed = Normalizer.normalize("Tờ trình đề nghị.pdf", Normalizer.Form.NFD);
        String cleaned = FileNames.clean("C:\\Users\\thuky\\" + decomposed, DocumentType.PDF);
        assertThat(cleaned).isEqualTo("Tờ trình đề nghị.pdf");
        assertThat(Normalizer.isNormalized(cleaned, Normalizer.Form.NFC)).isTrue();
        assertThat(FileNames.clean("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd");
    }

    @Test
    void namesANamelessFileByItsType() {
        assertThat(FileNames.clean(null, DocumentType.DOCX)).isEqualTo("tai-lieu.docx");
        assertThat(FileNames.clean("  ", DocumentType.PNG)).isEqualTo("tai-lieu.png");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String cleaned = FileNames.clean("a".repeat(400) + ".pdf", DocumentType.PDF);
        assertThat(cleaned).hasSize(255).endsWith(".pdf");
    }

    @Test
    void contentDispositionCarriesTheUtf8NameAndAnAsciiFallback() {
        assertThat(FileNames.contentDisposition("Biên bản họp (lần 1)*.pdf")).isEqualTo(
                "attachment; filename=\"Bien ban hop (lan 1)*.pdf\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20%28l%E1%BA%A7n%201%29%2A.pdf");
        assertThat(FileNames.asciiFallback("Đơn \"đề nghị\".pdf")).isEqualTo("Don _de nghi_.pdf");
    }
}
