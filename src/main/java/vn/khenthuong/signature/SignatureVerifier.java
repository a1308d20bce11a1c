package vn.khenthuong.signature;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

import vn.khenthuong.kernel.Sha256;
import vn.khenthuong.kernel.VietnamTime;

/**
 * Checks the signatures of any PDF with BouncyCastle: the signed byte range, the CMS digest and
 * signature, the signer's chain to the trust store, and whether bytes follow the signed range. The
 * /Contents hole is read from the raw bytes and must be canonical ({@link SignedRange}: one hex case, DER,
 * zero padding), and the unsigned parts of the CMS are checked too ({@link CmsStructure}), so that no
 * single changed byte anywhere leaves a file reported valid. Without a timestamp (PAdES baseline B) the
 * chain is checked at the signing time the file claims; revocation is not checked.
 */
public final class SignatureVerifier {

    static final String NOT_A_PDF = "Không đọc được tệp PDF";
    static final String BROKEN = "Chữ ký số không khớp với nội dung tệp (tệp đã bị sửa hoặc chữ ký bị hỏng)";
    static final String UNTRUSTED = "Chứng thư số của người ký không do cơ quan chứng thực tin cậy cấp";
    static final String CHANGED_AFTER = "Tệp đã bị thay đổi sau khi ký";

    private final Set<TrustAnchor> anchors;

    SignatureVerifier(KeyStore trustStore) {
        this.anchors = anchors(trustStore);
    }

    VerificationResult verify(byte[] pdf) {
        String sha256 = Sha256.hex(pdf);
        List<SignatureFields> found = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                found.add(new SignatureFields(signature.getByteRange(), signature.getSubFilter(), signature.getSignDate()));
            }
        } catch (IOException | RuntimeException e) {
            return new VerificationResult(sha256, List.of(), NOT_A_PDF);
        }
        found.sort(Comparator.comparingLong(SignatureFields::end));
        List<VerificationResult.SignatureCheck> checks = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            SignatureFields fields = found.get(i);
            checks.add(check(pdf, fields.byteRange(), fields.subFilter(), fields.signDate(), i == found.size() - 1));
        }
        return new VerificationResult(sha256, checks, null);
    }

    private record SignatureFields(int[] byteRange, String subFilter, Calendar signDate) {
        long end() {
            return byteRange != null && byteRange.length == 4 ? (long) byteRange[2] + byteRange[3] : -1;
        }
    }

    /** Checks one signature given what the PDF parser read from its dictionary. */
    VerificationResult.SignatureCheck check(byte[] pdf, int[] byteRange, String subFilter, Calendar signDate, boolean last) {
        OffsetDateTime time = signDate == null ? null : OffsetDateTime.ofInstant(signDate.toInstant(), VietnamTime.ZONE);
        boolean covers = new SignatureFields(byteRange, subFilter, signDate).end() == pdf.length;
        String changed = last && !covers ? CHANGED_AFTER : null;
        if (!"ETSI.CAdES.detached".equals(subFilter) && !"adbe.pkcs7.detached".equals(subFilter)) {
            return new VerificationResult.SignatureCheck(false, null, null, time, false, covers,
                    "Kiểu chữ ký \"" + subFilter + "\" không được hỗ trợ");
        }
        SignedRange range = SignedRange.of(pdf, byteRange);
        if (range == null) {
            return new VerificationResult.SignatureCheck(false, null, null, time, false, covers, BROKEN);
        }
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(range.content()), range.cms());
            if (cms.getSignerInfos().size() != 1) {
                return new VerificationResult.SignatureCheck(false, null, null, time, false, covers, BROKEN);
            }
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            var matches = (Collection<X509CertificateHolder>) cms.getCertificates().getMatches(signer.getSID());
            if (matches.isEmpty()) {
                return new VerificationResult.SignatureCheck(false, null, null, time, false, covers, BROKEN);
            }
            X509CertificateHolder holder = matches.iterator().next();
            boolean intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))
                    && CmsStructure.problem(cms, signer, holder, anchors) == null;
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            String name = Pkcs12SigningKey.attribute(certificate, BCStyle.CN);
            String organisation = Pkcs12SigningKey.attribute(certificate, BCStyle.O);
            boolean trusted = intact && chainsToTrustedRoot(certificate, certificates(cms), time);
            String problem = !intact ? BROKEN : !trusted ? UNTRUSTED : changed;
            return new VerificationResult.SignatureCheck(intact, name, organisation, time, trusted, covers, problem);
        } catch (Exception e) {
            // any parse or crypto failure means the signature does not hold
            return new VerificationResult.SignatureCheck(false, null, null, time, false, covers, BROKEN);
        }
    }

    private boolean chainsToTrustedRoot(X509Certificate certificate, List<X509Certificate> others, OffsetDateTime at) {
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            // baseline B has no timestamp: the chain is checked at the claimed signing time
            parameters.setDate(at == null ? new Date() : Date.from(at.toInstant()));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(others)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<X509Certificate> certificates(CMSSignedData cms) throws GeneralSecurityException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object holder : cms.getCertificates().getMatches(null)) {
            certificates.add(converter.getCertificate((X509CertificateHolder) holder));
        }
        return certificates;
    }

    private static Set<TrustAnchor> anchors(KeyStore store) {
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    anchors.add(new TrustAnchor(certificate, null));
                }
            }
            return anchors;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Không đọc được kho chứng thư tin cậy", e);
        }
    }
}
