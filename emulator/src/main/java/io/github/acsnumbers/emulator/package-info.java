/**
 * Local emulator of the ACS Phone Numbers REST API; start it with
 * {@link io.github.acsnumbers.emulator.PhoneNumbersEmulator}.
 */
package io.github.acsnumbers.emulator;
