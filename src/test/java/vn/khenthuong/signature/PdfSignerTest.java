package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.khenthuong.decision.DecisionPdfRenderer;
import vn.khenthuong.decision.SampleDecisions;
import vn.khenthuong.pdf.ClosingBlock;
import vn.khenthuong.pdf.PdfText;

class PdfSignerTest {

    private static byte[] draft;
    private static byte[] signed;

    @BeforeAll
    static void sign() {
        draft = new DecisionPdfRenderer(TestKeys.SIGNING_CLOCK).render(SampleDecisions.decision(4, 2));
        signed = new PdfSigner(TestKeys.SIGNING_CLOCK).sign(draft, TestKeys.CHAIRMAN);
    }

    @Test
    void signsAsAnIncrementalUpdateOfTheDraft() {
        assertThat(signed.length).isGreaterThan(draft.length);
        assertThat(Arrays.copyOf(signed, draft.length)).isEqualTo(draft);
        assertThat(new String(signed, StandardCharsets.ISO_8859_1)).endsWith("%%EOF\n");
    }

    @Test
    void padesBaselineBSignatureDictionaryAndCms() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getName()).isEqualTo("Lê Hải Hòa");
            assertThat(OffsetDateTime.ofInstant(signature.getSignDate().toInstant(), ZoneOffset.ofHours(7)))
                    .isEqualTo(OffsetDateTime.parse(TestKeys.signingTimeText()));
            assertThat(TestKeys.signingTimeText()).endsWith("+07:00");
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).isEqualTo(signed.length);

            CMSSignedData cms = new CMSSignedData(signature.getContents(signed));
            assertThat(cms.isDetachedSignature()).isTrue();
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.contentType)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).as("PAdES: time in /M only").isNull();
            assertThat(cms.getCertificates().getMatches(null)).hasSize(2);
        }
    }

    @Test
    void theVisibleSignatureSitsInTheSignatureBlockDrawnWithTheEmbeddedFont() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignatureField field = (PDSignatureField) document.getDocumentCatalog().getAcroForm(null).getField(SignatureSlot.FIELD_NAME);
            var widget = field.getWidgets().get(0);
            assertThat(widget.getRectangle().getWidth()).isEqualTo(ClosingBlock.SIGNATURE_WIDTH);
            assertThat(widget.getRectangle().getHeight()).isEqualTo(ClosingBlock.SIGNATURE_HEIGHT);
            assertThat(widget.isPrinted()).isTrue();
            assertThat(document.getPage(0).getAnnotations()).contains(widget);

            var appearance = widget.getNormalAppearanceStream();
            String operators = new String(appearance.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            // Bézier curves for the stroke and the seal, text, and the seal's red (218, 30, 40) as stroke colour
            assertThat(operators).contains(" c\n", "Tj\n", "0.8549 0.1176 0.1569 SC");
            PDResources resources = appearance.getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                assertThat(resources.getFont(name).isEmbedded()).isTrue();
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSerif.*"));
        }
        String raw = new String(signed, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Helvetica");
    }

    @Test
    void theAppearanceShowsOrganisationAndIsoSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            var widget = ((PDSignatureField) document.getDocumentCatalog().getAcroForm(null).getField(SignatureSlot.FIELD_NAME))
                    .getWidgets().get(0);
            // flatten the appearance onto a page of its own to read its text
            try (PDDocument copy = new PDDocument()) {
                var page = new PDPage(widget.getRectangle());
                copy.addPage(page);
                var form = new PDFormXObject(widget.getNormalAppearanceStream().getCOSObject());
                try (var content = new PDPageContentStream(copy, page)) {
                    content.drawForm(form);
                }
                String text = new PDFTextStripper().getText(copy).replaceAll("\\s+", " ");
                assertThat(text).contains("Cơ quan: Ủy ban nhân dân tỉnh Cao Bằng", "Thời gian ký: " + TestKeys.signingTimeText());
            }
        }
    }

    @Test
    void fiveHundredRecipientsGenerateAndSign() {
        byte[] pdf = TestKeys.signedDecision(320, 180);
        VerificationResult result = new SignatureVerifier(TestKeys.CA.trustStore()).verify(pdf);
        assertThat(result.valid()).as(result.toString()).isTrue();
        assertThat(PdfText.pages(pdf)).hasSizeGreaterThan(15);
    }

    @Test
    void refusesAFileWithoutAnEmptySignatureField() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }
        assertThatThrownBy(() -> new PdfSigner().sign(out.toByteArray(), TestKeys.CHAIRMAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PdfSigner().sign(signed, TestKeys.CHAIRMAN))
                .as("already signed").isInstanceOf(IllegalArgumentException.class);
    }
}
