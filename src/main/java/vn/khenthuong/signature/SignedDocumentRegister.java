package vn.khenthuong.signature;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the application keeps the documents it signed, so that a verification can say which one a file
 * is: the decisions implement it. Matched by the SHA-256 of the exact signed bytes.
 */
public interface SignedDocumentRegister {

    Optional<RegisteredDocument> findBySha256(String sha256);

    /** {@code issuingBody}: the code of the organisation that issued it. */
    record RegisteredDocument(long id, String number, LocalDate date, String issuingBody, String signer) {
    }
}
