package io.github.acsnumbers.emulator.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/** {@link KeyValueStore} in an H2 MVStore file; {@link #commit()} writes a new durable version. */
final class MvFileStore implements KeyValueStore {

    private final MVStore store;

    MvFileStore(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // auto-commit off: a version is written only when an acknowledged change is committed
            this.store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        } catch (MVStoreException | java.io.IOException e) {
            throw new IllegalArgumentException("cannot open data file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> map(String name) {
        return store.openMap(name);
    }

    @Override
    public synchronized void commit() {
        store.commit();
    }

    @Override
    public boolean persistent() {
        return true;
    }

    @Override
    public synchronized void close() {
        if (!store.isClosed()) {
            store.commit();
            store.close();
        }
    }
}
