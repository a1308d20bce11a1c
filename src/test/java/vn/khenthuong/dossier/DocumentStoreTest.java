package vn.khenthuong.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.khenthuong.testsupport.Samples;

class DocumentStoreTest {

    @TempDir
    Path directory;

    @AfterEach
    void clearSynchronization() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void withoutDirectoryTheContentGoesToTheDatabase() {
        DocumentStore store = new DocumentStore("");
        byte[] bytes = Samples.pdf();

        DocumentStore.Placement placement = store.put(7, bytes);

        assertThat(placement.content()).isEqualTo(bytes);
        assertThat(placement.storagePath()).isNull();
        assertThat(store.read(stored(placement))).isEqualTo(bytes);
    }

    @Test
    void withDirectoryTheContentGoesToAFileUnderIt() throws Exception {
        DocumentStore store = new DocumentStore(directory.toString());
        byte[] bytes = Samples.image("png");

        DocumentStore.Placement placement = store.put(7, bytes);

        assertThat(placement.content()).isNull();
        assertThat(placement.storagePath()).startsWith("7/");
        assertThat(Files.readAllBytes(directory.resolve(placement.storagePath()))).isEqualTo(bytes);
        assertThat(store.read(stored(placement))).isEqualTo(bytes);
    }

    @Test
    void aNewFileIsRemovedWhenTheTransactionRollsBack() {
        DocumentStore store = new DocumentStore(directory.toString());
        TransactionSynchronizationManager.initSynchronization();
        DocumentStore.Placement placement = store.put(8, Samples.pdf());
        Path file = directory.resolve(placement.storagePath());
        assertThat(file).exists();

        complete(TransactionSynchronization.STATUS_ROLLED_BACK);

        assertThat(file).doesNotExist();
    }

    @Test
    void aDeletedDocumentsFileGoesOnlyAfterCommit() {
        DocumentStore store = new DocumentStore(directory.toString());
        String path = store.put(9, Samples.pdf()).storagePath();
        Path file = directory.resolve(path);

        TransactionSynchronizationManager.initSynchronization();
        store.delete(path);
        assertThat(file).exists();
        complete(TransactionSynchronization.STATUS_COMMITTED);

        assertThat(file).doesNotExist();
    }

    private static void complete(int status) {
        TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(status));
        TransactionSynchronizationManager.clearSynchronization();
    }

    private static StoredDocument stored(DocumentStore.Placement placement) {
        return new StoredDocument(new DocumentInfo(1L, DocumentKind.KHAC, "a", "application/pdf", 1, "x", "u",
                OffsetDateTime.now()), placement.content(), placement.storagePath());
    }
}
