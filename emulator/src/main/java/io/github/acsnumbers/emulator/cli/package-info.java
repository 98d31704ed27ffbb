/**
 * Command line: {@code java -jar acs-phonenumbers-emulator.jar --port P --access-key KEY}.
 */
package io.github.acsnumbers.emulator.cli;
