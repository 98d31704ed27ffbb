package io.github.acsnumbers.siprouting.routing;

import java.util.HashMap;
import java.util.Map;

/** Parses each distinct pattern of one configuration once. Not thread-safe; one per call. */
final class PatternCache {
    private final Map<String, NumberPattern> parsed = new HashMap<>();

    NumberPattern get(String source) {
        return parsed.computeIfAbsent(source, NumberPattern::parse);
    }
}
