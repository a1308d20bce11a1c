package vn.khenthuong.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The roots whose certificates we trust for signed decisions: the configured trust store
 * ({@code khenthuong.signing.trust-store}, PKCS#12), or in the demo profile the demo CA, created on
 * first use under {@code khenthuong.signing.demo-ca-directory}.
 */
@Component
class SignatureTrust {

    private static final Logger log = LoggerFactory.getLogger(SignatureTrust.class);

    private final String trustStorePath;
    private final char[] trustStorePassword;
    private final Path demoDirectory;
    private final boolean demo;
    private volatile SignatureVerifier verifier;
    private volatile DemoCertificateAuthority demoCa;

    SignatureTrust(@Value("${khenthuong.signing.trust-store:}") String trustStorePath,
            @Value("${khenthuong.signing.trust-store-password:}") String trustStorePassword,
            @Value("${khenthuong.signing.demo-ca-directory:./data/demo-ca}") String demoDirectory,
            Environment environment) {
        this.trustStorePath = trustStorePath;
        this.trustStorePassword = trustStorePassword.toCharArray();
        this.demoDirectory = Path.of(demoDirectory);
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    SignatureVerifier verifier() {
        if (verifier == null) {
            synchronized (this) {
                if (verifier == null) {
                    verifier = new SignatureVerifier(trustStore());
                }
            }
        }
        return verifier;
    }

    boolean demo() {
        return demo;
    }

    /** The demo CA that issues the demo chairmen's certificates (demo profile only). */
    synchronized DemoCertificateAuthority demoCertificateAuthority() {
        if (!demo) {
            throw new IllegalStateException("CA mẫu chỉ có trong profile demo");
        }
        if (demoCa == null) {
            demoCa = new DemoCertificateAuthority(demoDirectory, "demo".toCharArray());
            log.warn("Đang dùng CA MẪU (chỉ để trình diễn) trong {}: chứng thư của nó không có giá trị pháp lý",
                    demoDirectory.toAbsolutePath());
        }
        return demoCa;
    }

    private KeyStore trustStore() {
        try {
            if (!trustStorePath.isBlank()) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                try (InputStream in = Files.newInputStream(Path.of(trustStorePath))) {
                    store.load(in, trustStorePassword);
                }
                return store;
            }
            if (demo) {
                return demoCertificateAuthority().trustStore();
            }
            KeyStore empty = KeyStore.getInstance("PKCS12");
            empty.load(null, null);
            log.warn("Chưa cấu hình khenthuong.signing.trust-store: không chữ ký nào được coi là tin cậy");
            return empty;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Không đọc được kho chứng thư tin cậy " + trustStorePath, e);
        }
    }
}
