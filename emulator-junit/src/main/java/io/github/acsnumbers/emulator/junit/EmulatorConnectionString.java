package io.github.acsnumbers.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} test parameter that receives the emulator's connection string
 * ({@code endpoint=http://127.0.0.1:PORT/;accesskey=KEY}). It holds the key: do not log it.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface EmulatorConnectionString {
}
