package io.github.acsnumbers.siprouting.models;

/** Argument checks shared by the models: clear IllegalArgumentExceptions instead of NullPointerExceptions. */
final class ModelChecks {
    private ModelChecks() {
    }

    static <T> T requireNonNull(T value, String name) {
        if (value == null) {
            throw new IllegalArgumentException("'" + name + "' must not be null");
        }
        return value;
    }
}
