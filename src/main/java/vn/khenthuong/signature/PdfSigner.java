package vn.khenthuong.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.khenthuong.kernel.VietnamTime;

/**
 * Signs a rendered decision in its empty signature field: PAdES baseline B (ETSI.CAdES.detached,
 * SHA-256) appended as an incremental update, so the signed file starts with the exact bytes of the
 * draft, and with the visible appearance in the signature block.
 */
public final class PdfSigner {

    private final Clock clock;

    public PdfSigner() {
        this(Clock.system(VietnamTime.ZONE));
    }

    public PdfSigner(Clock clock) {
        this.clock = clock;
    }

    public byte[] sign(byte[] pdf, SigningKey key) {
        OffsetDateTime signedAt = OffsetDateTime.now(clock).atZoneSameInstant(VietnamTime.ZONE).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignatureField field = SignatureSlot.find(document);
            if (field == null) {
                throw new IllegalArgumentException("Tệp PDF không có ô chữ ký còn trống");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(Normalizer.normalize(key.signerName(), Normalizer.Form.NFC));
            signature.setSignDate(GregorianCalendar.from(signedAt.toZonedDateTime()));
            field.getCOSObject().setItem(COSName.V, signature);

            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle place = widget.getRectangle();
            options.setPreferredSignatureSize(reservedSize(key));
            // without a visual template PDFBox resets the widget to an invisible one: restore and draw it
            document.addSignature(signature, new CmsSignature(key), options);
            widget.setRectangle(place);
            widget.setAppearance(new SignatureAppearance(document).draw(
                    new PDRectangle(place.getWidth(), place.getHeight()), key, signedAt));
            widget.getCOSObject().setNeedToBeUpdated(true);

            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Không ký được quyết định: " + e.getMessage(), e);
        }
    }

    /** Room for the CMS: the certificates plus signature and attributes, with margin. */
    private static int reservedSize(SigningKey key) {
        int size = 4096;
        for (X509Certificate certificate : key.certificateChain()) {
            try {
                size += certificate.getEncoded().length;
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException(e);
            }
        }
        return size;
    }
}
