package vn.khenthuong.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;

/** The EU DSS library (the reference PAdES validator) with the demo root CA as the only trust anchor. */
class DssValidationTest {

    private static byte[] signed;
    private static int[] byteRange;

    @BeforeAll
    static void sign() throws Exception {
        signed = TestKeys.signedDecision(3, 2);
        try (var document = Loader.loadPDF(signed)) {
            byteRange = document.getSignatureDictionaries().get(0).getByteRange();
        }
    }

    @Test
    void totalPassedWithTheDemoCaRevocationList() {
        SimpleReport report = validate(signed, true).getSimpleReport();
        String id = report.getFirstSignatureId();
        assertThat(report.getSignaturesCount()).isEqualTo(1);
        assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.PAdES_BASELINE_B);
        assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.getSignedBy(id)).isEqualTo("Lê Hải Hòa");
    }

    /**
     * Baseline B carries no revocation data and the demo certificates name no CRL or OCSP location, so with
     * nothing else DSS's default policy cannot decide whether the signer's certificate was revoked
     * (BBB_XCV_IRDPFC "No revocation data found") and stops at INDETERMINATE / CERTIFICATE_CHAIN_GENERAL_FAILURE,
     * although the chain to the trusted demo root is built and the signature itself is intact.
     */
    @Test
    void withoutRevocationDataDssCannotConcludeOnTheCertificateOnly() {
        Reports reports = validate(signed, false);
        SimpleReport report = reports.getSimpleReport();
        String id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE);
        assertThat(report.getAdESValidationErrors(id)).extracting(m -> m.getKey()).contains("BBB_XCV_IRDPFC_ANS");
        SignatureWrapper signature = reports.getDiagnosticData().getSignatureById(id);
        assertThat(signature.isSignatureIntact()).isTrue();
        assertThat(signature.isSignatureValid()).isTrue();
        assertThat(signature.isTrustedChain()).isTrue();
    }

    @Test
    void aFlippedByteInTheSignedContentIsAHashFailure() {
        byte[] tampered = signed.clone();
        tampered[byteRange[1] / 2] ^= 0x01;
        SimpleReport report = validate(tampered, true).getSimpleReport();
        String id = report.getFirstSignatureId();
        assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void aFlippedByteInTheSignedIncrementAfterTheSignatureIsAHashFailure() {
        byte[] tampered = signed.clone();
        tampered[tampered.length - 20] ^= 0x01;
        SimpleReport report = validate(tampered, true).getSimpleReport();
        assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_FAILED);
    }

    @Test
    void aFlippedByteInTheCmsSignatureIsRejected() {
        // the hex of the CMS starts right after '<'; its last part is the RSA signature value
        byte[] tampered = signed.clone();
        int cmsLength = cmsHexLength();
        tampered[byteRange[1] + cmsLength - 10] ^= 0x01;
        SimpleReport report = validate(tampered, true).getSimpleReport();
        List<String> ids = report.getSignatureIdList();
        assertThat(ids).allSatisfy(id -> assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED));
    }

    /** Number of hex digits before the zero padding of /Contents. */
    private static int cmsHexLength() {
        int end = byteRange[2] - 1;
        while (signed[end - 1] == '0') {
            end--;
        }
        return end - byteRange[1];
    }

    static Reports validate(byte[] pdf, boolean withCrl) {
        SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf));
        CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
        trusted.addCertificate(new CertificateToken(TestKeys.CA.rootCertificate()));
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setTrustedCertSources(trusted);
        verifier.setAIASource(null);
        verifier.setOcspSource(null);
        verifier.setCrlSource(withCrl ? new ExternalResourcesCRLSource(new InMemoryDocument(TestKeys.CA.crl())) : null);
        validator.setCertificateVerifier(verifier);
        return validator.validateDocument();
    }
}
