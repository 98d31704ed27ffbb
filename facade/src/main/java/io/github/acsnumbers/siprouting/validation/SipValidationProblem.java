package io.github.acsnumbers.siprouting.validation;

import java.util.Objects;

/**
 * One reason a configuration would be rejected. {@link #getCode()} uses the service's inner error codes
 * ({@code InvalidTrunkFqdn}, {@code MissingTrunk}, ...) so local and remote failures read alike. Immutable.
 */
public final class SipValidationProblem {
    private final String code;
    private final String target;
    private final String message;

    SipValidationProblem(String code, String target, String message) {
        this.code = code;
        this.target = target;
        this.message = message;
    }

    /** @return the service's inner error code this problem corresponds to */
    public String getCode() {
        return code;
    }

    /** @return what the problem is about, for example {@code trunk 'sbc.contoso.com'} or {@code route 'US'} */
    public String getTarget() {
        return target;
    }

    /** @return a readable explanation */
    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SipValidationProblem && ((SipValidationProblem) o).code.equals(code)
            && ((SipValidationProblem) o).target.equals(target) && ((SipValidationProblem) o).message.equals(message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, target, message);
    }

    @Override
    public String toString() {
        return code + " (" + target + "): " + message;
    }
}
