/**
 * The Phone Numbers API (2025-06-01): catalog, inventory, state machines and the wire shapes of the service.
 */
package io.github.acsnumbers.emulator.phonenumbers;
