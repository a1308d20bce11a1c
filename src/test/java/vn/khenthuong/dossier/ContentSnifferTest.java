package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.khenthuong.testsupport.Samples;

class ContentSnifferTest {

    @Test
    void recognisesEachAcceptedFormatByItsContent() {
        assertThat(ContentSniffer.sniff(Samples.pdf())).contains(DocumentType.PDF);
        assertThat(ContentSniffer.sniff(Samples.image("png"))).contains(DocumentType.PNG);
        assertThat(ContentSniffer.sniff(Samples.image("jpeg"))).contains(DocumentType.JPEG);
        assertThat(ContentSniffer.sniff(Samples.image("gif"))).contains(DocumentType.GIF);
        assertThat(ContentSniffer.sniff(Samples.image("tiff"))).contains(DocumentType.TIFF);
        assertThat(ContentSniffer.sniff(Samples.ole2("WordDocument"))).contains(DocumentType.DOC);
        assertThat(ContentSniffer.sniff(Samples.docx())).contains(DocumentType.DOCX);
        assertThat(ContentSniffer.sniff(Samples.odf("application/vnd.oasis.opendocument.text"))).contains(DocumentType.ODT);
    }

    @Test
    void recognisesBigEndianTiffAndGif87() {
        assertThat(ContentSniffer.sniff(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8})).contains(DocumentType.TIFF);
        assertThat(ContentSniffer.sniff("GIF87a\1\0\1\0".getBytes())).contains(DocumentType.GIF);
    }

    @Test
    void recognisesAnOdtWhoseMimetypeEntryIsDeflated() {
        byte[] odt = Samples.zip(false, new String[][] {{"mimetype", "application/vnd.oasis.opendocument.text"},
                {"content.xml", "<x/>"}});
        assertThat(ContentSniffer.sniff(odt)).contains(DocumentType.ODT);
    }

    @Test
    void refusesDisguisedAndUnknownContent() {
        assertThat(ContentSniffer.sniff(Samples.text())).isEmpty();
        assertThat(ContentSniffer.sniff(Samples.exe())).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThat(ContentSniffer.sniff("%PD".getBytes())).isEmpty();
        assertThat(ContentSniffer.sniff("<html><body>PDF</body></html>".getBytes())).isEmpty();
    }

    @Test
    void refusesOtherZipAndOle2Formats() {
        assertThat(ContentSniffer.sniff(Samples.xlsx())).as("Excel workbook").isEmpty();
        assertThat(ContentSniffer.sniff(Samples.odf("application/vnd.oasis.opendocument.spreadsheet"))).as("ODS").isEmpty();
        assertThat(ContentSniffer.sniff(Samples.zip(false, new String[][] {{"readme.txt", "word/ is not here"}})))
                .as("plain zip").isEmpty();
        assertThat(ContentSniffer.sniff(Samples.ole2("Workbook"))).as("Excel 97").isEmpty();
    }

    @Test
    void refusesBrokenZips() {
        byte[] docx = Samples.docx();
        assertThat(ContentSniffer.sniff(Arrays.copyOf(docx, docx.length / 2))).as("truncated").isEmpty();
        byte[] garbage = new byte[100];
        garbage[0] = 'P';
        garbage[1] = 'K';
        garbage[2] = 3;
        garbage[3] = 4;
        assertThat(ContentSniffer.sniff(garbage)).isEmpty();
        byte[] badOffset = docx.clone();
        int eocd = badOffset.length - 22;
        badOffset[eocd + 16] = (byte) 0xFF;
        badOffset[eocd + 17] = (byte) 0xFF;
        badOffset[eocd + 18] = (byte) 0xFF;
        badOffset[eocd + 19] = (byte) 0x7F;
        assertThat(ContentSniffer.sniff(badOffset)).as("directory offset past the end").isEmpty();
    }
}
