package io.github.acsnumbers.emulator.junit;

/** How long one emulator lives. */
public enum Lifecycle {
    /** One emulator for all tests of a class (and its nested classes); fastest. */
    PER_CLASS,
    /** A new emulator (new port, new key) for every test. */
    PER_TEST
}
