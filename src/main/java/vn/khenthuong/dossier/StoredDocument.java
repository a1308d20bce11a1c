package vn.khenthuong.dossier;

/** A document row: its content is in {@code content}, or in the file at {@code storagePath} under the document directory. */
record StoredDocument(DocumentInfo info, byte[] content, String storagePath) {
}
