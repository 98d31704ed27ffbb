package io.github.acsnumbers.cli;

/**
 * A failure the tool explains itself: a kind (shown in brackets) and a message that says what to do. Printed as one
 * line, never with a stack trace unless {@code --verbose}.
 */
final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    UserError(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    UserError(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
