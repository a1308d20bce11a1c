package vn.khenthuong.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.web.multipart.MultipartFile;

/** A file a person uploaded, its bytes read only after its size has been checked. */
record UploadedFile(String name, long size, Content content) {

    interface Content {
        byte[] read() throws IOException;
    }

    static UploadedFile of(MultipartFile file) {
        return new UploadedFile(file.getOriginalFilename(), file.getSize(), file::getBytes);
    }

    byte[] bytes() {
        try {
            return content.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
