package vn.khenthuong.signature;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import vn.khenthuong.decision.DecisionPdfRenderer;
import vn.khenthuong.decision.SampleDecisions;
import vn.khenthuong.kernel.VietnamTime;

/** One demo CA for all tests of the package (RSA key generation is the slow part). */
public final class TestKeys {

    /** Now, so that the demo certificates (valid from yesterday) were valid at signing time. */
    public static final Clock SIGNING_CLOCK = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), VietnamTime.ZONE);
    public static final String ORGANISATION = "Ủy ban nhân dân tỉnh Cao Bằng";
    public static final DemoCertificateAuthority CA = new DemoCertificateAuthority(directory(), "demo-test".toCharArray());
    public static final SigningKey CHAIRMAN = CA.signer("Lê Hải Hòa", ORGANISATION);

    private TestKeys() {
    }

    /** The signing time as the appearance shows it: "2026-04-05T10:15:30+07:00". */
    public static String signingTimeText() {
        return OffsetDateTime.now(SIGNING_CLOCK).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static byte[] signedDecision(int individuals, int collectives) {
        byte[] draft = new DecisionPdfRenderer(SIGNING_CLOCK).render(SampleDecisions.decision(individuals, collectives));
        return new PdfSigner(SIGNING_CLOCK).sign(draft, CHAIRMAN);
    }

    /** Under target/, so that {@code mvn clean} removes it and later runs reuse the keys. */
    private static Path directory() {
        return Path.of("target", "test-demo-ca");
    }
}
