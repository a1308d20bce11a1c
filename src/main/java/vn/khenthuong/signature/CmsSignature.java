package vn.khenthuong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The CMS of a PAdES baseline B signature (ETSI EN 319 142-1): detached SHA-256 signed data whose signed
 * attributes are content-type, message-digest and signing-certificate-v2, without signing-time (the
 * time is the signature dictionary's /M).
 */
final class CmsSignature implements SignatureInterface {

    private final SigningKey key;

    CmsSignature(SigningKey key) {
        this.key = key;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            JcaContentSignerBuilder signerBuilder = new JcaContentSignerBuilder(algorithm());
            if (key.provider() != null) {
                signerBuilder.setProvider(key.provider());
            }
            ContentSigner signer = signerBuilder.build(key.privateKey());
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificateV2(certificate)))
                    .build(signer, certificate));
            generator.addCertificates(new JcaCertStore(key.certificateChain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Không tạo được chữ ký số: " + e.getMessage(), e);
        }
    }

    private String algorithm() {
        return switch (key.privateKey().getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    /** BouncyCastle's defaults (content-type, message-digest, algorithm protection) minus signing-time. */
    private record PadesAttributes(Attribute signingCertificate) implements CMSAttributeTableGenerator {
        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            AttributeTable base = new AttributeTable(new DERSet(signingCertificate));
            return new DefaultSignedAttributeTableGenerator(base).getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }
}
