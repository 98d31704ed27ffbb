package io.github.acsnumbers.core;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public client method as the facade of a REST operation, by the {@code operationId} in {@code api-spec/}
 * (without a tag prefix). The build's coverage check reads these: an operation in a spec with no such method,
 * and not listed in {@code api-spec/operations-without-facade.txt}, fails the build, so a spec update that adds an
 * operation cannot be ignored silently.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ImplementsOperation.List.class)
public @interface ImplementsOperation {
    /** @return the operationId, e.g. {@code getByNumber} */
    String value();

    /** Container for several operations on one method. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        /** @return the operations */
        ImplementsOperation[] value();
    }
}
