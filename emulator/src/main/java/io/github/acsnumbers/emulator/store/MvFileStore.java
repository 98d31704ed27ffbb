package io.github.acsnumbers.emulator.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/** {@link KeyValueStore} in an H2 MVStore file; {@link #commit()} writes a new durable version. */
final class MvFileStore implements KeyValueStore {

    private final MVStore store;
    private final Map<String, Map<String, String>> maps = new java.util.concurrent.ConcurrentHashMap<>();

    MvFileStore(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // writers commit explicitly before answering; the background writer only does housekeeping
            // (compacting old chunks) so the file does not grow with every commit
            this.store = new MVStore.Builder().fileName(file.toString()).open();
            store.setRetentionTime(0);
        } catch (MVStoreException | java.io.IOException e) {
            throw new IllegalArgumentException("cannot open data file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, String> map(String name) {
        return maps.computeIfAbsent(name, n -> store.openMap(n));
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
