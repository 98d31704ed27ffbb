/**
 * The Phone Numbers clients: {@link io.github.acsnumbers.phonenumbers.PhoneNumbersClient} (blocking),
 * {@link io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient} (non-blocking) and their builder. Models and
 * options are in {@code io.github.acsnumbers.phonenumbers.models}.
 */
package io.github.acsnumbers.phonenumbers;
