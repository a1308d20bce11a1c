package vn.khenthuong.dossier;

/** The file formats a dossier accepts, recognised by their content. */
enum DocumentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    TIFF("image/tiff"),
    DOC("application/msword"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text");

    static final String ACCEPTED = "PDF, PNG, JPEG, GIF, TIFF, DOC, DOCX, ODT";

    private final String mediaType;

    DocumentType(String mediaType) {
        this.mediaType = mediaType;
    }

    String mediaType() {
        return mediaType;
    }
}
