package io.github.acsnumbers.emulator.store;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link KeyValueStore} in memory: nothing survives the process. */
final class MemoryStore implements KeyValueStore {

    private final Map<String, Map<String, String>> maps = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> map(String name) {
        return maps.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }

    @Override
    public void commit() {
        // nothing to flush
    }

    @Override
    public boolean persistent() {
        return false;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
