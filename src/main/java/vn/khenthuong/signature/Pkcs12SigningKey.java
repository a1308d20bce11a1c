package vn.khenthuong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * A signing key kept in a PKCS#12 file (path, alias and password from configuration). The signer's name
 * and organisation are the CN and O of the certificate.
 */
final class Pkcs12SigningKey implements SigningKey {

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    Pkcs12SigningKey(Path path, String alias, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!store.isKeyEntry(alias)) {
                throw new IllegalArgumentException("Không có khóa \"" + alias + "\" trong " + path);
            }
            privateKey = (PrivateKey) store.getKey(alias, password);
            Certificate[] certificates = store.getCertificateChain(alias);
            chain = Arrays.stream(certificates).map(X509Certificate.class::cast).toList();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Không đọc được khóa ký số " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public List<X509Certificate> certificateChain() {
        return chain;
    }

    @Override
    public String signerName() {
        return attribute(certificate(), BCStyle.CN);
    }

    @Override
    public String organisation() {
        return attribute(certificate(), BCStyle.O);
    }

    static String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        if (rdns.length == 0) {
            return "";
        }
        ASN1Encodable raw = rdns[0].getFirst().getValue();
        String value = raw instanceof ASN1String text ? text.getString() : raw.toString();
        return Normalizer.normalize(value, Normalizer.Form.NFC);
    }
}
