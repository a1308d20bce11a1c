package vn.khenthuong.signature;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import vn.khenthuong.pdf.ClosingBlock;

/**
 * The empty signature field the renderer leaves in the signature block, so that the draft carries the
 * place of the signature and {@link PdfSigner} can sign it later without knowing the layout.
 */
public final class SignatureSlot {

    static final String FIELD_NAME = "chu-ky";

    private SignatureSlot() {
    }

    public static void add(PDDocument document, ClosingBlock.Slot slot) throws IOException {
        PDAcroForm form = new PDAcroForm(document);
        document.getDocumentCatalog().setAcroForm(form);
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(FIELD_NAME);
        PDAnnotationWidget widget = field.getWidgets().get(0);
        widget.setRectangle(slot.rectangle());
        widget.setPage(slot.page());
        widget.setPrinted(true);
        widget.setAppearance(appearance(document, new PDRectangle(slot.rectangle().getWidth(), slot.rectangle().getHeight())));
        List<PDAnnotation> annotations = slot.page().getAnnotations();
        annotations.add(widget);
        slot.page().setAnnotations(annotations);
        form.getFields().add(field);
    }

    /** The unsigned field of the document, if any. */
    public static PDSignatureField find(PDDocument document) {
        PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            return null;
        }
        for (PDField field : form.getFieldTree()) {
            if (field instanceof PDSignatureField signature && signature.getSignature() == null
                    && !signature.getWidgets().isEmpty()) {
                return signature;
            }
        }
        return null;
    }

    static PDAppearanceDictionary appearance(PDDocument document, PDRectangle box) {
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(box);
        stream.setResources(new PDResources());
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }
}
