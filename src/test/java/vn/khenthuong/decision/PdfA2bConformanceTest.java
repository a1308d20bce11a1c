package vn.khenthuong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import vn.khenthuong.signature.TestKeys;

/** veraPDF, the reference PDF/A validator, on the draft and on the signed file. */
class PdfA2bConformanceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void signedDecisionIsPdfA2b() throws Exception {
        assertThat(failedRules(TestKeys.signedDecision(12, 5))).isEmpty();
    }

    @Test
    void draftIsPdfA2b() throws Exception {
        assertThat(failedRules(new DecisionPdfRenderer().render(SampleDecisions.draft(2, 1)))).isEmpty();
    }

    @Test
    void veraPdfRejectsAFileWithoutTheOutputIntent() throws Exception {
        byte[] pdf = new DecisionPdfRenderer().render(SampleDecisions.decision(1, 0));
        try (var document = Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            var out = new ByteArrayOutputStream();
            document.save(out);
            assertThat(failedRules(out.toByteArray())).isNotEmpty();
        }
    }

    private static List<String> failedRules(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
            assertThat(result.isCompliant()).as("compliant, failed: %s", failed).isEqualTo(failed.isEmpty());
            return failed;
        }
    }
}
