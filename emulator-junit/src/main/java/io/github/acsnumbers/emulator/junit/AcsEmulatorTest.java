package io.github.acsnumbers.emulator.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a local emulator: one per class (default) or per test, reset between tests when
 * asked, with the emulator, its connection string ({@link EmulatorConnectionString}) and ready clients
 * (phone numbers, SIP routing, identity; sync and async) injected as test parameters. For builder options beyond
 * these attributes, register {@link AcsEmulatorExtension} with {@code @RegisterExtension} instead (not both).
 *
 * <pre>{@code
 * @AcsEmulatorTest(resetBetweenTests = true)
 * class MyServiceTest {
 *     @Test
 *     void buysANumber(PhoneNumbersClient client, PhoneNumbersEmulator emulator) { ... }
 * }
 * }</pre>
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(AcsEmulatorExtension.class)
public @interface AcsEmulatorTest {

    /**
     * One emulator per class or per test.
     *
     * @return the lifecycle
     */
    Lifecycle lifecycle() default Lifecycle.PER_CLASS;

    /**
     * With {@link Lifecycle#PER_CLASS}: put the emulator back in its starting state before each test
     * ({@code PhoneNumbersEmulator.reset()}); same port and key.
     *
     * @return whether to reset between tests
     */
    boolean resetBetweenTests() default false;

    /**
     * Inventory seed (which numbers are offered).
     *
     * @return the seed
     */
    long seed() default 0;

    /**
     * Pre-populated purchased US numbers.
     *
     * @return how many
     */
    int purchased() default 0;

    /**
     * Time each long-running operation takes, in milliseconds (injected clients poll every 50 ms).
     *
     * @return the delay
     */
    long operationDelayMillis() default 50;

    /**
     * SIP domains registered on the resource; trunks must then lie in one of them.
     *
     * @return domain names
     */
    String[] sipDomains() default {};
}
