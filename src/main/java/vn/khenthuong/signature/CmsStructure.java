package vn.khenthuong.signature;

import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.TrustAnchor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificate;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Checks the parts of a CMS signature that its signature value does not cover, so that no changed byte
 * there goes unnoticed: the version numbers, the digest algorithm list, every certificate and CRL (each
 * must verify against its issuer), the signing-certificate attribute, and the unsigned attributes (only
 * verified signature timestamps are allowed).
 */
final class CmsStructure {

    private CmsStructure() {
    }

    /** Null if the structure holds, else what is wrong. */
    static String problem(CMSSignedData cms, SignerInformation signer, X509CertificateHolder signerCertificate,
            Set<TrustAnchor> anchors) throws Exception {
        if (!CMSObjectIdentifiers.signedData.equals(cms.toASN1Structure().getContentType())) {
            return "content type";
        }
        SignedData signedData = SignedData.getInstance(cms.toASN1Structure().getContent());
        boolean subjectKeyId = signer.getSID().getSubjectKeyIdentifier() != null;
        int expectedSignerVersion = subjectKeyId ? 3 : 1;
        boolean plainData = CMSObjectIdentifiers.data.equals(signedData.getEncapContentInfo().getContentType());
        int expectedVersion = plainData && !subjectKeyId ? 1 : 3;
        if (signer.getVersion() != expectedSignerVersion || cms.getVersion() != expectedVersion) {
            return "version";
        }
        if (!sidNamesExactly(signer, signerCertificate)) {
            return "signer identifier";
        }
        ASN1Encodable[] digestAlgorithms = signedData.getDigestAlgorithms().toArray();
        if (digestAlgorithms.length != 1 || !signer.getDigestAlgorithmID().equals(AlgorithmIdentifier.getInstance(digestAlgorithms[0]))) {
            return "digest algorithms";
        }
        List<X509CertificateHolder> certificates = new ArrayList<>(cms.getCertificates().getMatches(null));
        // BouncyCastle skips set elements that are not certificates (or CRLs): count them all
        if (size(signedData.getCertificates()) != certificates.size()
                || size(signedData.getCRLs()) != cms.getCRLs().getMatches(null).size()) {
            return "certificate or CRL set";
        }
        for (X509CertificateHolder certificate : certificates) {
            if (!verifiedByIssuer(certificate, certificates, anchors)) {
                return "certificate " + certificate.getSubject();
            }
        }
        for (Object crl : cms.getCRLs().getMatches(null)) {
            if (!crlVerified((X509CRLHolder) crl, certificates, anchors)) {
                return "crl";
            }
        }
        if (!signingCertificateMatches(signer.getSignedAttributes(), signerCertificate)) {
            return "signing certificate attribute";
        }
        return unsignedAttributesProblem(signer);
    }

    /** BouncyCastle matches names loosely (a PrintableString equals a UTF8String): compare the encodings. */
    private static boolean sidNamesExactly(SignerInformation signer, X509CertificateHolder certificate) throws Exception {
        SignerIdentifier sid = signer.toASN1Structure().getSID();
        if (sid.isTagged()) {
            byte[] keyId = ASN1OctetString.getInstance(sid.getId()).getOctets();
            SubjectKeyIdentifier own = SubjectKeyIdentifier.fromExtensions(certificate.getExtensions());
            return own != null && Arrays.equals(own.getKeyIdentifier(), keyId);
        }
        return Arrays.equals(sid.getId().toASN1Primitive().getEncoded(),
                new IssuerAndSerialNumber(certificate.toASN1Structure()).getEncoded());
    }

    private static int size(ASN1Set set) {
        return set == null ? 0 : set.size();
    }

    private static boolean verifiedByIssuer(X509CertificateHolder certificate, Collection<X509CertificateHolder> certificates,
            Set<TrustAnchor> anchors) throws Exception {
        for (ContentVerifierProvider issuer : issuers(certificate.getIssuer().getEncoded(), certificates, anchors)) {
            try {
                if (certificate.isSignatureValid(issuer)) {
                    return true;
                }
            } catch (Exception e) {
                // a key of another algorithm: try the next candidate
            }
        }
        return false;
    }

    private static boolean crlVerified(X509CRLHolder crl, Collection<X509CertificateHolder> certificates,
            Set<TrustAnchor> anchors) throws Exception {
        for (ContentVerifierProvider issuer : issuers(crl.getIssuer().getEncoded(), certificates, anchors)) {
            try {
                if (crl.isSignatureValid(issuer)) {
                    return true;
                }
            } catch (Exception e) {
                // try the next candidate
            }
        }
        return false;
    }

    /** Verifiers for the keys of every certificate or trust anchor whose subject is the given issuer. */
    private static List<ContentVerifierProvider> issuers(byte[] issuer, Collection<X509CertificateHolder> certificates,
            Set<TrustAnchor> anchors) throws Exception {
        List<ContentVerifierProvider> verifiers = new ArrayList<>();
        JcaContentVerifierProviderBuilder builder = new JcaContentVerifierProviderBuilder();
        for (X509CertificateHolder candidate : certificates) {
            if (Arrays.equals(candidate.getSubject().getEncoded(), issuer)) {
                verifiers.add(builder.build(candidate));
            }
        }
        for (TrustAnchor anchor : anchors) {
            if (Arrays.equals(anchor.getTrustedCert().getSubjectX500Principal().getEncoded(), issuer)) {
                verifiers.add(builder.build(anchor.getTrustedCert().getPublicKey()));
            }
        }
        return verifiers;
    }

    private static boolean signingCertificateMatches(AttributeTable signed, X509CertificateHolder certificate) throws Exception {
        Attribute v2 = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (v2 != null) {
            ESSCertIDv2 id = SigningCertificateV2.getInstance(v2.getAttrValues().getObjectAt(0)).getCerts()[0];
            return MessageDigest.isEqual(id.getCertHash(), digest(id.getHashAlgorithm(), certificate.getEncoded()));
        }
        Attribute v1 = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificate);
        if (v1 != null) {
            byte[] hash = SigningCertificate.getInstance(v1.getAttrValues().getObjectAt(0)).getCerts()[0].getCertHash();
            return MessageDigest.isEqual(hash, MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()));
        }
        return true;
    }

    private static String unsignedAttributesProblem(SignerInformation signer) throws Exception {
        ASN1Set unsigned = signer.toASN1Structure().getUnauthenticatedAttributes();
        if (unsigned == null) {
            return null;
        }
        for (ASN1Encodable element : unsigned.toArray()) {
            Attribute attribute = Attribute.getInstance(element);
            if (!PKCSObjectIdentifiers.id_aa_signatureTimeStampToken.equals(attribute.getAttrType())) {
                return "unsigned attribute " + attribute.getAttrType();
            }
            for (ASN1Encodable value : attribute.getAttrValues().toArray()) {
                TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(value));
                SignerId tsa = token.getSID();
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> tsaCertificates = token.getCertificates().getMatches(tsa);
                if (tsaCertificates.isEmpty()) {
                    return "timestamp";
                }
                token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsaCertificates.iterator().next()));
                byte[] imprint = digest(token.getTimeStampInfo().getHashAlgorithm(), signer.getSignature());
                if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                    return "timestamp imprint";
                }
            }
        }
        return null;
    }

    private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws Exception {
        DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
        try (OutputStream out = calculator.getOutputStream()) {
            out.write(data);
        }
        return calculator.getDigest();
    }
}
