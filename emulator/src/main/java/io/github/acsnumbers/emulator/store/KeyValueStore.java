package io.github.acsnumbers.emulator.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Named string-to-string maps that survive a restart when backed by a file. Writers change the maps and then call
 * {@link #commit()} before they acknowledge the write to a client, so an acknowledged change survives a crash.
 */
public interface KeyValueStore extends AutoCloseable {

    /**
     * The map with this name, created empty on first use. Thread-safe.
     *
     * @param name the name
     * @return the map
     */
    Map<String, String> map(String name);

    /** Makes every change so far durable (a no-op in memory). */
    void commit();

    /**
     * Whether the data outlives the process.
     *
     * @return whether the data outlives the process
     */
    boolean persistent();

    /** Commits and releases the store. */
    @Override
    void close();

    /**
     * A store that lives in memory only.
     *
     * @return a new in-memory store
     */
    static KeyValueStore inMemory() {
        return new MemoryStore();
    }

    /**
     * A store in an H2 MVStore file (created when missing).
     *
     * @param file the data file
     * @return the opened store
     */
    static KeyValueStore file(Path file) {
        return new MvFileStore(file);
    }
}
