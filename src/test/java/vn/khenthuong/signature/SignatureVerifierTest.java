package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.khenthuong.decision.DecisionPdfRenderer;
import vn.khenthuong.decision.SampleDecisions;
import vn.khenthuong.kernel.Sha256;

class SignatureVerifierTest {

    private static byte[] signed;
    private static int[] byteRange;
    private static Calendar signDate;
    private static SignatureVerifier verifier;

    @BeforeAll
    static void sign() throws Exception {
        signed = TestKeys.signedDecision(3, 2);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            byteRange = signature.getByteRange();
            signDate = signature.getSignDate();
        }
        verifier = new SignatureVerifier(TestKeys.CA.trustStore());
    }

    @Test
    void aSignedDecisionIsValidWithSignerTimeAndHash() {
        VerificationResult result = verifier.verify(signed);

        assertThat(result.valid()).isTrue();
        assertThat(result.modifiedAfterSigning()).isFalse();
        assertThat(result.sha256()).isEqualTo(Sha256.hex(signed)).hasSize(64);
        assertThat(result.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isTrue();
            assertThat(check.trusted()).isTrue();
            assertThat(check.coversWholeFile()).isTrue();
            assertThat(check.signerName()).isEqualTo("Lê Hải Hòa");
            assertThat(check.organisation()).isEqualTo("Ủy ban nhân dân tỉnh Cao Bằng");
            assertThat(check.signingTime()).isEqualTo(java.time.OffsetDateTime.parse(TestKeys.signingTimeText()));
            assertThat(check.problem()).isNull();
        });
    }

    @Test
    void anUnsignedDraftIsNotSigned() {
        VerificationResult result = verifier.verify(new DecisionPdfRenderer().render(SampleDecisions.decision(1, 0)));
        assertThat(result.signed()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isNull();
    }

    @Test
    void somethingElseThanAPdfIsReported() {
        VerificationResult result = verifier.verify("not a pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(result.valid()).isFalse();
        assertThat(result.problem()).isEqualTo(SignatureVerifier.NOT_A_PDF);
    }

    @Test
    void aCertificateFromAnotherAuthorityIsIntactButUntrusted(@TempDir Path elsewhere) {
        SignatureVerifier otherTrust = new SignatureVerifier(new DemoCertificateAuthority(elsewhere, "x".toCharArray()).trustStore());

        VerificationResult result = otherTrust.verify(signed);

        assertThat(result.valid()).isFalse();
        assertThat(result.signatures()).singleElement().satisfies(check -> {
            assertThat(check.intact()).isTrue();
            assertThat(check.trusted()).isFalse();
            assertThat(check.problem()).isEqualTo(SignatureVerifier.UNTRUSTED);
        });
    }

    @Test
    void aSignatureDatedBeforeTheCertificateWasIssuedIsNotTrusted() {
        Clock lastYear = Clock.offset(TestKeys.SIGNING_CLOCK, Duration.ofDays(-365));
        byte[] draft = new DecisionPdfRenderer().render(SampleDecisions.decision(1, 0));
        VerificationResult result = verifier.verify(new PdfSigner(lastYear).sign(draft, TestKeys.CHAIRMAN));
        assertThat(result.signatures().get(0).intact()).isTrue();
        assertThat(result.signatures().get(0).trusted()).isFalse();
        assertThat(result.valid()).isFalse();
    }

    @Test
    void anUpdateAppendedAfterSigningIsAChangeAfterSigning() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(signed)) {
            document.getDocumentInformation().setTitle("Quyết định đã bị sửa");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(out);
        }
        byte[] changed = out.toByteArray();
        assertThat(changed.length).isGreaterThan(signed.length);

        VerificationResult result = verifier.verify(changed);

        assertThat(result.modifiedAfterSigning()).isTrue();
        assertThat(result.valid()).isFalse();
        assertThat(result.signatures().get(0).intact()).as("the signed revision itself is untouched").isTrue();
        assertThat(result.signatures().get(0).problem()).isEqualTo(SignatureVerifier.CHANGED_AFTER);
    }

    @Test
    void oneFlippedByteAnywhereInTheFileIsNeverValid() {
        List<Integer> positions = new ArrayList<>(List.of(0, 1, byteRange[1] - 1, byteRange[1], byteRange[1] + 1,
                byteRange[2] - 2, byteRange[2] - 1, byteRange[2], signed.length - 2, signed.length - 1));
        for (int position = 0; position < signed.length; position += 251) {
            positions.add(position);
        }
        byte[] copy = signed.clone();
        for (int position : positions) {
            for (int mask : new int[] {0x01, 0x20, 0xFF}) {
                copy[position] ^= (byte) mask;
                assertThat(verifier.verify(copy).valid()).as("byte %d ^ 0x%02x", position, mask).isFalse();
                copy[position] ^= (byte) mask;
            }
        }
        assertThat(copy).isEqualTo(signed);
    }

    /**
     * The /Contents hole, which the signature cannot cover: the CMS itself (versions, algorithm list,
     * certificates, tags...) and the zero padding after it. Every hex digit of the CMS gets its low bit
     * flipped, every eleventh also bits 1 to 3 and the letter case; the padding is sampled. Checked with the byte
     * range as parsed from the intact file, the most favourable case for a forger.
     */
    @Test
    void oneFlippedByteInTheSignatureHoleIsNeverValid() {
        assertThat(verifier.check(signed, byteRange, "ETSI.CAdES.detached", signDate, true).problem()).isNull();
        int cmsEnd = byteRange[2] - 1;
        while (signed[cmsEnd - 1] == '0') {
            cmsEnd--;
        }
        byte[] copy = signed.clone();
        for (int position = byteRange[1]; position < byteRange[2]; position++) {
            boolean padding = position >= cmsEnd;
            int[] masks = padding ? (position % 13 == 0 ? new int[] {0x01, 0x08} : new int[0])
                    : position % 11 == 0 ? new int[] {0x01, 0x02, 0x04, 0x08, 0x20} : new int[] {0x01};
            for (int mask : masks) {
                copy[position] ^= (byte) mask;
                var check = verifier.check(copy, byteRange, "ETSI.CAdES.detached", signDate, true);
                assertThat(check.intact() && check.trusted())
                        .as("hex digit %d of the hole ^ 0x%02x", position - byteRange[1] - 1, mask).isFalse();
                copy[position] ^= (byte) mask;
            }
        }
    }

    @Test
    void bytesAppendedWithoutAnUpdateAreAChangeAfterSigning() {
        byte[] longer = Arrays.copyOf(signed, signed.length + 1);
        longer[signed.length] = '\n';
        VerificationResult result = verifier.verify(longer);
        assertThat(result.modifiedAfterSigning()).isTrue();
        assertThat(result.valid()).isFalse();
    }
}
