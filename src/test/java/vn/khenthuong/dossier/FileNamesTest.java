package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import vn.khenthuong.kernel.Refusal;

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
    void dropsInvisibleCharactersAndSpaceRuns() {
        assertThat(FileNames.clean("hoa-don\u202Efdp.exe  \u200B(1).pdf", DocumentType.PDF)).isEqualTo("hoa-donfdp.exe (1).pdf");
    }

    @Test
    void refusesLongNamesAndControlCharactersAsTheFilesName() {
        assertThat(FileNames.clean("ờ".repeat(251) + ".pdf", DocumentType.PDF)).hasSize(255);
        assertThatThrownBy(() -> FileNames.clean("a".repeat(252) + ".pdf", DocumentType.PDF))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).startsWith("Tên tệp quá dài");
                });
        assertThatThrownBy(() -> FileNames.clean("to-trinh\u0000.pdf", DocumentType.PDF))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.getMessage()).isEqualTo("Tên tệp chứa ký tự điều khiển không được phép (U+0000)");
                });
    }

    @Test
    void contentDispositionCarriesTheUtf8NameAndAnAsciiFallback() {
        assertThat(FileNames.contentDisposition("Biên bản họp (lần 1)*.docx", "application/msword")).isEqualTo(
                "attachment; filename=\"Bien ban hop (lan 1)*.docx\"; "
                        + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20%28l%E1%BA%A7n%201%29%2A.docx");
        assertThat(FileNames.asciiFallback("Đơn \"đề nghị\".pdf")).isEqualTo("Don _de nghi_.pdf");
    }

    @Test
    void pdfsAndImagesAreShownInTheBrowserOtherFilesDownloaded() {
        assertThat(FileNames.contentDisposition("Tờ trình.pdf", "application/pdf")).startsWith("inline; ");
        assertThat(FileNames.contentDisposition("Ảnh.png", "image/png")).startsWith("inline; ");
        assertThat(FileNames.contentDisposition("Ảnh.jpg", "image/jpeg")).startsWith("inline; ");
        assertThat(FileNames.contentDisposition("Bản chụp.tiff", "image/tiff")).startsWith("attachment; ");
        assertThat(FileNames.contentDisposition("Báo cáo.odt", "application/vnd.oasis.opendocument.text"))
                .startsWith("attachment; ");
    }
}
