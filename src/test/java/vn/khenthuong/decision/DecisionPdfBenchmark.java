package vn.khenthuong.decision;

import java.util.Arrays;

import vn.khenthuong.pdf.PdfText;
import vn.khenthuong.signature.PdfSigner;
import vn.khenthuong.signature.SigningKey;
import vn.khenthuong.signature.TestKeys;

/**
 * Time to generate and sign one decision with 500 recipients (320 individuals, 180 collectives), warm.
 * Not a test: run it by hand, e.g.
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=vn.khenthuong.decision.DecisionPdfBenchmark}
 * or with {@code java -cp target/classes:target/test-classes:<test classpath>}.
 */
public final class DecisionPdfBenchmark {

    private static final int WARM_UP = 8;
    private static final int MEASURED = 15;

    private DecisionPdfBenchmark() {
    }

    public static void main(String[] args) {
        DecisionDocument decision = SampleDecisions.decision(320, 180);
        SigningKey key = TestKeys.CHAIRMAN;
        DecisionPdfRenderer renderer = new DecisionPdfRenderer();
        PdfSigner signer = new PdfSigner();
        int size = 0;
        for (int i = 0; i < WARM_UP; i++) {
            size = signer.sign(renderer.render(decision), key).length;
        }
        long[] renderMillis = new long[MEASURED];
        long[] totalMillis = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            byte[] draft = renderer.render(decision);
            long rendered = System.nanoTime();
            size = signer.sign(draft, key).length;
            long signed = System.nanoTime();
            renderMillis[i] = (rendered - start) / 1_000_000;
            totalMillis[i] = (signed - start) / 1_000_000;
        }
        Arrays.sort(renderMillis);
        Arrays.sort(totalMillis);
        System.out.printf("500-recipient decision (%d pages, %,d bytes), %d warm-up + %d measured runs:%n",
                PdfText.pages(signer.sign(renderer.render(decision), key)).size(), size, WARM_UP, MEASURED);
        System.out.printf("  generate + sign: median %d ms, min %d ms, max %d ms (generate alone: median %d ms)%n",
                totalMillis[MEASURED / 2], totalMillis[0], totalMillis[MEASURED - 1], renderMillis[MEASURED / 2]);
    }
}
