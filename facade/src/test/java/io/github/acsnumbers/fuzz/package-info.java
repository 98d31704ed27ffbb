/**
 * Property-based ("fuzz") tests of the SDK core: bad input of every kind must end in success, an
 * {@link java.lang.IllegalArgumentException} or a {@link io.github.acsnumbers.core.error.CommunicationException}
 * whose message says what is wrong and never shows a secret.
 *
 * <p>The helpers are plain JUnit: a {@link io.github.acsnumbers.fuzz.Gen} is a function of a seeded
 * {@link java.util.Random}; {@link io.github.acsnumbers.fuzz.Fuzz#cases} turns one into the cases of a
 * {@code @ParameterizedTest @MethodSource}; {@link io.github.acsnumbers.fuzz.Outcome} checks the rule above;
 * {@link io.github.acsnumbers.fuzz.JsonGen} builds JSON that is almost, or not at all, valid; and
 * {@link io.github.acsnumbers.fuzz.Pipelines} gives an {@code HttpPipeline} that answers from a function instead of
 * the network. A new input family (SIP trunks, identities, phone-number arguments) is one more class here:
 *
 * <pre>{@code
 * static Stream<Arguments> fqdns() {
 *     return Fuzz.strings("sip.fqdn", 1000, Gen.oneOf(Gen.alnum(20).map(h -> h + ".contoso.com"), Gen.anyChars(40)));
 * }
 *
 * @ParameterizedTest
 * @MethodSource("fqdns")
 * void fqdnsAreCheckedClearly(String fqdn) {
 *     Outcome.expect(Fuzz.show(fqdn)).mayAccept().argumentCheck().printable().mentioning("'fqdn'")
 *         .run(() -> SipValidation.requireFqdn(fqdn));
 * }
 * }</pre>
 *
 * <p>Case counts: each property runs its own modest number by default; {@code -Dfuzz.cases=N} runs N per property,
 * {@code -Dfuzz.seed=S} (or {@code random}) changes the seed, {@code -Dfuzz.only=I} replays case I alone. See
 * docs/reliability-fuzz.md.
 */
package io.github.acsnumbers.fuzz;
