package vn.khenthuong.signature;

import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's key and certificates. Vietnamese officials usually sign with a USB token: an implementation
 * backed by a PKCS#11 keystore returns the token's key handle and its {@link #provider()}, and the key
 * never leaves the token.
 */
public interface SigningKey {

    PrivateKey privateKey();

    /** The signer's certificate first, then the issuing CAs up to (optionally) the root. */
    List<X509Certificate> certificateChain();

    /** Who signs, as shown in the signature ("Lê Hải Hòa"). */
    String signerName();

    /** The organisation whose seal goes with the signature ("Ủy ban nhân dân tỉnh Cao Bằng"). */
    String organisation();

    /** The JCA provider that holds the key, or null for the default providers. */
    default Provider provider() {
        return null;
    }

    default X509Certificate certificate() {
        return certificateChain().get(0);
    }
}
