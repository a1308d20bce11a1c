package vn.khenthuong.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away certificate authority for the demo: a root CA and one signing certificate per signer,
 * kept as PKCS#12 files in a directory, created on first use and reused afterwards. Its certificates
 * prove nothing outside this installation; real decisions are signed with keys issued by a licensed
 * Vietnamese CA, usually on a USB token.
 */
final class DemoCertificateAuthority {

    static final String ROOT_FILE = "demo-root-ca.p12";
    static final String ROOT_ALIAS = "demo-root-ca";
    static final String SIGNER_ALIAS = "signer";
    private static final Logger log = LoggerFactory.getLogger(DemoCertificateAuthority.class);
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private final Path directory;
    private final char[] password;
    private final SecureRandom random = new SecureRandom();

    DemoCertificateAuthority(Path directory, char[] password) {
        this.directory = directory;
        this.password = password.clone();
    }

    /** The signer's key, created (and issued by the demo root) if this signer has none yet. */
    Pkcs12SigningKey signer(String name, String organisation) {
        return signer(name, name, organisation);
    }

    /**
     * The key of {@code holder} (an account), issued once to {@code name} at {@code organisation}: like a real
     * CA's certificate, it keeps the name it was issued with whatever the account's profile says later.
     */
    synchronized Pkcs12SigningKey signer(String holder, String name, String organisation) {
        Path file = directory.resolve(fileName(holder));
        if (!Files.exists(file)) {
            Pkcs12SigningKey root = root();
            KeyPair keys = newKeyPair();
            X509Certificate certificate = issue(dn(name, organisation), keys, root.certificate(), root.privateKey(), false);
            store(file, SIGNER_ALIAS, keys.getPrivate(), certificate, root.certificate());
            log.warn("CA DEMO: đã cấp chứng thư số DEMO cho \"{}\" ({}) tại {}; chỉ để trình diễn, không có giá trị pháp lý",
                    name, organisation, file);
        }
        return new Pkcs12SigningKey(file, SIGNER_ALIAS, password);
    }

    synchronized X509Certificate rootCertificate() {
        return root().certificate();
    }

    /**
     * A fresh, empty certificate revocation list of the demo root (valid for a week): nothing it issued
     * is revoked. Validators that insist on revocation data (EU DSS) need it to reach a definite answer.
     */
    synchronized byte[] crl() {
        Pkcs12SigningKey root = root();
        try {
            Instant now = Instant.now();
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(root.certificate(), Date.from(now.minus(Duration.ofMinutes(1))));
            builder.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(root.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
            return builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(root.privateKey())).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Demo CA: cannot issue a CRL", e);
        }
    }

    /** A trust store holding only the demo root, for {@link SignatureVerifier}. */
    KeyStore trustStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry(ROOT_ALIAS, rootCertificate());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Pkcs12SigningKey root() {
        Path file = directory.resolve(ROOT_FILE);
        if (!Files.exists(file)) {
            KeyPair keys = newKeyPair();
            X500Name subject = dn("Demo Root CA - Khen thưởng (KHÔNG DÙNG THẬT)", "Khen thưởng demo");
            X509Certificate certificate = issue(subject, keys, null, keys.getPrivate(), true);
            store(file, ROOT_ALIAS, keys.getPrivate(), certificate);
            log.warn("CA DEMO: đã tạo cơ quan chứng thực gốc DEMO tại {}; chữ ký số dựa trên nó chỉ để trình diễn", file);
        }
        return new Pkcs12SigningKey(file, ROOT_ALIAS, password);
    }

    private X509Certificate issue(X500Name subject, KeyPair keys, X509Certificate issuer, PrivateKey issuerKey,
            boolean authority) {
        try {
            Instant now = Instant.now();
            X500Name issuerName = issuer == null ? subject : X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded());
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                    new BigInteger(64, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(authority ? 365 * 20 : 365 * 5))), subject, keys.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuer == null
                    ? extensions.createAuthorityKeyIdentifier(keys.getPublic())
                    : extensions.createAuthorityKeyIdentifier(issuer));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, authority
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Demo CA: cannot issue a certificate", e);
        }
    }

    private void store(Path file, String alias, PrivateKey key, X509Certificate... chain) {
        try {
            Files.createDirectories(directory);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain);
            Path temporary = Files.createTempFile(directory, alias, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Demo CA: cannot write " + file, e);
        }
    }

    private KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X500Name dn(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName).build();
    }

    /** "Lê Hải Hòa" → "le-hai-hoa.p12". */
    static String fileName(String name) {
        String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (ascii.isEmpty() ? "signer" : ascii) + ".p12";
    }
}
