package vn.khenthuong.dossier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where document bytes live: in the database by default, or as files under
 * {@code khenthuong.documents.directory} when it is set. Files follow the transaction: a new file is
 * removed if the transaction rolls back, a deleted document's file is removed only after commit.
 */
@Component
class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final Path directory;

    DocumentStore(@Value("${khenthuong.documents.directory:}") String directory) {
        this.directory = directory == null || directory.isBlank() ? null : Path.of(directory).toAbsolutePath().normalize();
    }

    /** Where the content goes: {@code content} for the database column, or a {@code storagePath} relative to the directory. */
    record Placement(byte[] content, String storagePath) {
    }

    Placement put(long dossierId, byte[] bytes) {
        if (directory == null) {
            return new Placement(bytes, null);
        }
        String relative = dossierId + "/" + UUID.randomUUID() + ".bin";
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được tệp " + file, e);
        }
        afterCompletion(false, relative);
        return new Placement(null, relative);
    }

    byte[] read(StoredDocument document) {
        if (document.storagePath() == null) {
            return document.content() == null ? new byte[0] : document.content();
        }
        try {
            return Files.readAllBytes(resolve(document.storagePath()));
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được tệp của tài liệu " + document.info().id(), e);
        }
    }

    void delete(String storagePath) {
        if (storagePath != null) {
            afterCompletion(true, storagePath);
        }
    }

    private void afterCompletion(boolean onCommit, String relative) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (onCommit) {
                remove(relative);
            }
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (onCommit == (status == STATUS_COMMITTED)) {
                    remove(relative);
                }
            }
        });
    }

    private void remove(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            log.warn("Không xóa được tệp {}", relative, e);
        }
    }

    private Path resolve(String relative) {
        if (directory == null) {
            throw new IllegalStateException("Tài liệu lưu trong thư mục nhưng chưa cấu hình khenthuong.documents.directory");
        }
        Path file = directory.resolve(relative).normalize();
        if (!file.startsWith(directory)) {
            throw new IllegalStateException("Đường dẫn tài liệu ra ngoài thư mục lưu trữ: " + relative);
        }
        return file;
    }
}
