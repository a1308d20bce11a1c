package vn.khenthuong.signature;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What {@link SignatureVerifier} found in a file. {@link #valid()} only if there is a signature, every
 * signature is intact and chains to a trusted root, and the last one covers the whole file.
 *
 * @param sha256 hex SHA-256 of the file as received
 * @param problem why the file could not be checked at all (not a PDF...), else null
 */
record VerificationResult(String sha256, List<SignatureCheck> signatures, String problem) {

    /**
     * One signature of the file.
     *
     * @param intact          the CMS digest matches the signed bytes and the CMS signature verifies
     * @param trusted         the signer's certificate chains to a root of the trust store
     * @param coversWholeFile the signed byte range ends at the end of the file
     * @param problem         the first thing found wrong, in Vietnamese, else null
     */
    record SignatureCheck(boolean intact, String signerName, String organisation, OffsetDateTime signingTime,
            boolean trusted, boolean coversWholeFile, String problem) {
    }

    VerificationResult {
        signatures = List.copyOf(signatures);
    }

    boolean signed() {
        return !signatures.isEmpty();
    }

    boolean modifiedAfterSigning() {
        return signed() && !signatures.get(signatures.size() - 1).coversWholeFile();
    }

    boolean valid() {
        return problem == null && signed() && !modifiedAfterSigning()
                && signatures.stream().allMatch(s -> s.intact() && s.trusted() && s.problem() == null);
    }
}
