package io.github.acsnumbers.emulator.junit;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link AcsEmulatorTest}; also usable directly:
 *
 * <pre>{@code
 * @RegisterExtension
 * static AcsEmulatorExtension acs = AcsEmulatorExtension.perClass()
 *         .configure(b -> b.seed(7).purchased(3))
 *         .resetBetweenTests();
 * }</pre>
 *
 * Registered on a {@code static} field it follows its lifecycle ({@link #perClass()} or {@link #perTest()}); on an
 * instance field it always starts one emulator per test. Test and lifecycle methods can declare parameters of
 * these types: {@link PhoneNumbersEmulator}, a {@code String} annotated {@link EmulatorConnectionString},
 * {@link PhoneNumbersClient}, {@link PhoneNumbersAsyncClient}, {@link SipRoutingClient},
 * {@link SipRoutingAsyncClient}, {@link CommunicationIdentityClient} and {@link CommunicationIdentityAsyncClient}
 * (built for the emulator, polling every 50 ms). The emulator is closed when its class or test ends.
 */
public final class AcsEmulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(AcsEmulatorExtension.class);
    private static final String CURRENT = "emulator";
    /** How often injected clients poll long-running operations. */
    public static final Duration CLIENT_POLL_INTERVAL = Duration.ofMillis(50);

    private static final Map<Class<?>, Function<PhoneNumbersEmulator, Object>> CLIENTS = Map.of(
            PhoneNumbersClient.class, e -> phoneNumbers(e).buildClient(),
            PhoneNumbersAsyncClient.class, e -> phoneNumbers(e).buildAsyncClient(),
            SipRoutingClient.class, e -> sip(e).buildClient(),
            SipRoutingAsyncClient.class, e -> sip(e).buildAsyncClient(),
            CommunicationIdentityClient.class, e -> identity(e).buildClient(),
            CommunicationIdentityAsyncClient.class, e -> identity(e).buildAsyncClient());
    private static final Set<Class<?>> INJECTED = Set.of(PhoneNumbersEmulator.class, PhoneNumbersClient.class,
            PhoneNumbersAsyncClient.class, SipRoutingClient.class, SipRoutingAsyncClient.class,
            CommunicationIdentityClient.class, CommunicationIdentityAsyncClient.class);

    private final boolean programmatic;
    private Lifecycle lifecycle;
    private boolean reset;
    private Consumer<PhoneNumbersEmulator.Builder> configuration = b -> { };

    /** Used by {@link AcsEmulatorTest}: the settings come from the annotation. */
    public AcsEmulatorExtension() {
        this(false, Lifecycle.PER_CLASS);
    }

    private AcsEmulatorExtension(boolean programmatic, Lifecycle lifecycle) {
        this.programmatic = programmatic;
        this.lifecycle = lifecycle;
    }

    /**
     * One emulator for all tests of the class (register on a {@code static} field).
     *
     * @return a new extension
     */
    public static AcsEmulatorExtension perClass() {
        return new AcsEmulatorExtension(true, Lifecycle.PER_CLASS);
    }

    /**
     * A new emulator for every test.
     *
     * @return a new extension
     */
    public static AcsEmulatorExtension perTest() {
        return new AcsEmulatorExtension(true, Lifecycle.PER_TEST);
    }

    /**
     * Further builder options (seed, clock, faults, data file, ...), applied after the defaults (operation delay
     * 50 ms); may be called more than once.
     *
     * @param options changes the builder
     * @return this extension
     */
    public AcsEmulatorExtension configure(Consumer<PhoneNumbersEmulator.Builder> options) {
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        this.configuration = this.configuration.andThen(options);
        return this;
    }

    /**
     * Resets the per-class emulator to its starting state before each test ({@link PhoneNumbersEmulator#reset()}).
     *
     * @return this extension
     */
    public AcsEmulatorExtension resetBetweenTests() {
        this.reset = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Settings settings = settings(context);
        if (settings.lifecycle() != Lifecycle.PER_CLASS || current(context) != null) {
            return; // per test, or a nested class that shares its outer class's emulator
        }
        context.getStore(NAMESPACE).put(CURRENT, start(settings));
        context.getStore(NAMESPACE).put(owned(context), Boolean.TRUE);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Settings settings = settings(context);
        PhoneNumbersEmulator existing = current(context);
        if (settings.lifecycle() == Lifecycle.PER_TEST || existing == null) {
            // per test, or registered on an instance field (no beforeAll call): a fresh emulator for this test
            context.getStore(NAMESPACE).put(CURRENT, start(settings));
            context.getStore(NAMESPACE).put(owned(context), Boolean.TRUE);
        } else if (settings.reset()) {
            existing.reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        closeOwned(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        closeOwned(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return INJECTED.contains(type)
                || (type == String.class && parameter.isAnnotated(EmulatorConnectionString.class));
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PhoneNumbersEmulator emulator = current(context);
        if (emulator == null) {
            throw new ParameterResolutionException("no emulator is running for " + parameter.getParameter()
                    + " (a per-test emulator exists only in @BeforeEach, the test and @AfterEach)");
        }
        Class<?> type = parameter.getParameter().getType();
        if (type == PhoneNumbersEmulator.class) {
            return emulator;
        }
        if (type == String.class) {
            return emulator.connectionString();
        }
        return CLIENTS.get(type).apply(emulator);
    }

    private record Settings(Lifecycle lifecycle, boolean reset, Consumer<PhoneNumbersEmulator.Builder> options) {
    }

    private Settings settings(ExtensionContext context) {
        if (programmatic) {
            return new Settings(lifecycle, reset, configuration);
        }
        Optional<AcsEmulatorTest> annotation = find(context);
        if (annotation.isEmpty()) {
            throw new ExtensionConfigurationException("AcsEmulatorExtension without @AcsEmulatorTest: register it "
                    + "with @RegisterExtension and AcsEmulatorExtension.perClass() or perTest()");
        }
        AcsEmulatorTest a = annotation.get();
        return new Settings(a.lifecycle(), a.resetBetweenTests(), b -> {
            b.seed(a.seed()).purchased(a.purchased()).operationDelay(Duration.ofMillis(a.operationDelayMillis()));
            if (a.sipDomains().length > 0) {
                b.sipDomains(a.sipDomains());
            }
        });
    }

    /** The annotation on the test class or an enclosing class (for {@code @Nested} classes). */
    private static Optional<AcsEmulatorTest> find(ExtensionContext context) {
        for (Optional<Class<?>> c = context.getTestClass(); c.isPresent();
             c = Optional.ofNullable(c.get().getEnclosingClass())) {
            Optional<AcsEmulatorTest> a = AnnotationSupport.findAnnotation(c.get(), AcsEmulatorTest.class);
            if (a.isPresent()) {
                return a;
            }
        }
        return Optional.empty();
    }

    private static PhoneNumbersEmulator start(Settings settings) {
        PhoneNumbersEmulator.Builder builder = PhoneNumbersEmulator.builder().operationDelay(Duration.ofMillis(50));
        settings.options().accept(builder);
        return builder.start();
    }

    private static PhoneNumbersEmulator current(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(CURRENT, PhoneNumbersEmulator.class);
    }

    private static String owned(ExtensionContext context) {
        return "owned:" + context.getUniqueId();
    }

    private static void closeOwned(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        if (store.remove(owned(context)) != null) {
            PhoneNumbersEmulator emulator = store.remove(CURRENT, PhoneNumbersEmulator.class);
            if (emulator != null) {
                emulator.close();
            }
        }
    }

    private static PhoneNumbersClientBuilder phoneNumbers(PhoneNumbersEmulator e) {
        return new PhoneNumbersClientBuilder().connectionString(e.connectionString()).pollInterval(CLIENT_POLL_INTERVAL);
    }

    private static SipRoutingClientBuilder sip(PhoneNumbersEmulator e) {
        return new SipRoutingClientBuilder().connectionString(e.connectionString()).pollInterval(CLIENT_POLL_INTERVAL);
    }

    private static CommunicationIdentityClientBuilder identity(PhoneNumbersEmulator e) {
        return new CommunicationIdentityClientBuilder().connectionString(e.connectionString())
                .pollInterval(CLIENT_POLL_INTERVAL);
    }
}
