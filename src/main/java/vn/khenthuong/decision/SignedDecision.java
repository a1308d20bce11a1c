package vn.khenthuong.decision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** What signing adds to a draft: the number, the signer, the signed file and each recipient's bonus. */
record SignedDecision(int numberValue, String numberText, LocalDate date, String signerUser, String signerName,
        SignerCapacity capacity, OffsetDateTime signedAt, byte[] pdf, String sha256, Map<Long, Long> bonuses) {
}
