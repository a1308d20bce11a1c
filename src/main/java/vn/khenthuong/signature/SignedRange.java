package vn.khenthuong.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;

/** The bytes a signature covers and the CMS in its hole, if the byte range is well formed. */
record SignedRange(byte[] content, byte[] cms) {

    static SignedRange of(byte[] pdf, int[] range) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1
                || range[3] < 0 || (long) range[2] + range[3] > pdf.length) {
            return null;
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            return null;
        }
        byte[] cms = canonicalHex(pdf, range[1] + 1, range[2] - 1);
        if (cms == null) {
            return null;
        }
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, 0, content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        return new SignedRange(content, cms);
    }

    /**
     * Decodes the hole strictly: hex digits of one case only, an even count, one DER object followed by
     * nothing but zero bytes. Lenient decoding would let a changed padding digit or letter case pass.
     */
    private static byte[] canonicalHex(byte[] pdf, int from, int to) {
        if ((to - from) % 2 != 0 || to <= from) {
            return null;
        }
        boolean upper = false;
        boolean lower = false;
        byte[] bytes = new byte[(to - from) / 2];
        for (int i = from; i < to; i++) {
            int c = pdf[i];
            upper |= c >= 'A' && c <= 'F';
            lower |= c >= 'a' && c <= 'f';
            if (Character.digit(c, 16) < 0) {
                return null;
            }
        }
        if (upper && lower) {
            return null;
        }
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (Character.digit(pdf[from + 2 * i], 16) << 4 | Character.digit(pdf[from + 2 * i + 1], 16));
        }
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        try (ASN1InputStream asn1 = new ASN1InputStream(in)) {
            ASN1Primitive object = asn1.readObject();
            if (object == null) {
                return null;
            }
            int used = bytes.length - in.available();
            for (int i = used; i < bytes.length; i++) {
                if (bytes[i] != 0) {
                    return null;
                }
            }
            byte[] der = Arrays.copyOf(bytes, used);
            return isCanonicalDer(object, der) ? der : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * True if the bytes are exactly the DER encoding of the CMS as BouncyCastle reads it. Its parser is
     * lenient (any tag number for the signed attributes, non-canonical booleans and bit strings that the
     * verification re-encodes), so a changed byte could otherwise be read back into the same meaning.
     * Every mainstream PAdES signer writes DER; a BER-encoded CMS is refused.
     */
    private static boolean isCanonicalDer(ASN1Primitive parsed, byte[] raw) throws IOException {
        ContentInfo contentInfo = ContentInfo.getInstance(parsed);
        SignedData signedData = SignedData.getInstance(contentInfo.getContent());
        ASN1EncodableVector signerInfos = new ASN1EncodableVector();
        for (ASN1Encodable signerInfo : signedData.getSignerInfos()) {
            signerInfos.add(SignerInfo.getInstance(signerInfo));
        }
        SignedData rebuilt = new SignedData(signedData.getDigestAlgorithms(), signedData.getEncapContentInfo(),
                signedData.getCertificates(), signedData.getCRLs(), new DERSet(signerInfos));
        return Arrays.equals(new ContentInfo(contentInfo.getContentType(), rebuilt).getEncoded(ASN1Encoding.DER), raw);
    }
}
