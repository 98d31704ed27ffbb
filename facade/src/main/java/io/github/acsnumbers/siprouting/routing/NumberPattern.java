package io.github.acsnumbers.siprouting.routing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A route's {@code numberPattern}, read the way the service reads it: as a .NET regular expression.
 *
 * <p>{@link #parse(String)} translates the .NET syntax into an equivalent {@link java.util.regex.Pattern}. It
 * covers the constructs number patterns are written with: literals and escapes, {@code ^ $ \A \z \Z}, {@code .},
 * groups ({@code ( ) (?: ) (?= ) (?! ) (?> )}, named groups), alternation, greedy and lazy quantifiers (also on
 * anchors, as .NET allows), character classes with ranges, negation and .NET subtraction ({@code [\d-[5]]}),
 * {@code \d}/{@code \D} as Unicode decimal digits, and {@code \p{..}} general categories. Anything else (back
 * references, lookbehind, inline options, conditionals, {@code \w \s \b}, ...) gives {@link Status#UNSUPPORTED}:
 * the dry-run then says it cannot evaluate the pattern instead of guessing. Syntax that .NET itself rejects gives
 * {@link Status#INVALID}.</p>
 *
 * <p>Matching follows {@code Regex.IsMatch}: the pattern may match anywhere in the number unless it is anchored.</p>
 */
public final class NumberPattern {
    /** How far the pattern could be understood. */
    public enum Status {
        /** Translated; {@link #matches(String)} gives the service's answer. */
        SUPPORTED,
        /** Valid .NET syntax (as far as is known) that this translator does not evaluate. */
        UNSUPPORTED,
        /** Syntax .NET's regex parser rejects. */
        INVALID
    }

    private final String source;
    private final Status status;
    private final String javaRegex;
    private final Pattern compiled;
    private final String problem;
    private final List<String> javaDifferences;
    private final List<String> warnings;

    NumberPattern(String source, Status status, String javaRegex, Pattern compiled, String problem,
                  List<String> javaDifferences, List<String> warnings) {
        this.source = source;
        this.status = status;
        this.javaRegex = javaRegex;
        this.compiled = compiled;
        this.problem = problem;
        this.javaDifferences = List.copyOf(javaDifferences);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads a .NET number pattern.
     *
     * @param dotNetPattern the pattern as stored in the route
     * @return the result; never throws for bad syntax (see {@link #getStatus()})
     * @throws IllegalArgumentException when the pattern is {@code null}
     */
    public static NumberPattern parse(String dotNetPattern) {
        if (dotNetPattern == null) {
            throw new IllegalArgumentException("'numberPattern' must not be null");
        }
        return DotNetRegexTranslator.translate(dotNetPattern);
    }

    /** @return the pattern as written (.NET syntax) */
    public String getSource() {
        return source;
    }

    /** @return whether the pattern was translated, is unsupported, or is invalid */
    public Status getStatus() {
        return status;
    }

    /** @return true when {@link #matches(String)} can answer */
    public boolean isEvaluable() {
        return status == Status.SUPPORTED;
    }

    /** @return the equivalent Java regular expression (compiled with {@code UNIX_LINES}), or {@code null} */
    public String getJavaRegex() {
        return javaRegex;
    }

    /** @return why the pattern is unsupported or invalid, or {@code null} when supported */
    public String getProblem() {
        return problem;
    }

    /**
     * Describes where {@code java.util.regex} would read the pattern, as written, differently from .NET (empty when
     * both agree). The translation already accounts for these.
     *
     * @return the differences
     */
    public List<String> getJavaDifferences() {
        return javaDifferences;
    }

    /**
     * Describes constructs that are legal but rarely what was meant, for example {@code ^+}, which repeats the
     * anchor instead of matching a literal {@code +}.
     *
     * @return the warnings
     */
    public List<String> getWarnings() {
        return warnings;
    }

    /**
     * Tells whether the service would consider the number a match (same semantics as .NET {@code Regex.IsMatch}).
     *
     * @param number the dialled number as the service sees it, for example {@code +14255550100}
     * @return true when the pattern matches
     * @throws IllegalArgumentException when the number is {@code null}
     * @throws IllegalStateException when the pattern is unsupported or invalid (see {@link #getProblem()})
     */
    public boolean matches(String number) {
        if (number == null) {
            throw new IllegalArgumentException("'number' must not be null");
        }
        if (compiled == null) {
            throw new IllegalStateException("number pattern '" + source + "' cannot be evaluated locally: " + problem);
        }
        return compiled.matcher(number).find();
    }

    @Override
    public String toString() {
        return "NumberPattern{" + source + ", " + status
            + (javaRegex != null ? ", java=" + javaRegex : "") + (problem != null ? ", problem=" + problem : "") + "}";
    }
}
