/**
 * The local emulator in a JUnit 5 test suite: {@link io.github.acsnumbers.emulator.junit.AcsEmulatorTest} or
 * {@link io.github.acsnumbers.emulator.junit.AcsEmulatorExtension} starts it per class or per test, resets it
 * between tests on request, and injects it, its connection string and ready clients.
 */
package io.github.acsnumbers.emulator.junit;
