/**
 * Persistence of the emulated state: in memory or in an H2 MVStore file.
 */
package io.github.acsnumbers.emulator.store;
