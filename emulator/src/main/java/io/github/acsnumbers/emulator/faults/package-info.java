/**
 * Deterministic fault injection: throttling, server errors, dropped connections and slow answers.
 */
package io.github.acsnumbers.emulator.faults;
