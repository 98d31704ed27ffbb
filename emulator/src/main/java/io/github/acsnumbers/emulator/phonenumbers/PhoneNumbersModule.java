package io.github.acsnumbers.emulator.phonenumbers;

import io.github.acsnumbers.emulator.PhoneNumbersEmulator;
import io.github.acsnumbers.emulator.ServiceModule;
import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.http.SpecVersions;
import io.github.acsnumbers.emulator.store.KeyValueStore;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Phone Numbers service as an emulator module: {@link PhoneNumbersApi} (wire) over {@link PhoneNumbersState}
 * (state, written through the data file as it changes), errors as {@code ApiException}s in the service's words.
 */
public final class PhoneNumbersModule implements ServiceModule {

    private final PhoneNumbersState state;
    private final int purchasedAtStart;

    /**
     * Loads the state from the store and pre-populates purchased numbers (once per data file).
     *
     * @param catalog          makes the catalog it sells from (on first use: a cold start need not parse it)
     * @param store            where the state persists
     * @param clock            time source
     * @param timing           operation durations
     * @param purchasedAtStart purchased US numbers a new (or reset) resource owns
     */
    public PhoneNumbersModule(Supplier<Catalog> catalog, KeyValueStore store, Clock clock, OperationTiming timing,
                              int purchasedAtStart) {
        this.state = new PhoneNumbersState(catalog, store, clock, timing);
        this.purchasedAtStart = purchasedAtStart;
        state.prepopulate(purchasedAtStart);
    }

    /**
     * The state (inspection in tests).
     *
     * @return the state
     */
    public PhoneNumbersState state() {
        return state;
    }

    @Override
    public String name() {
        return "phonenumbers";
    }

    @Override
    public List<String> apiVersions() {
        return List.of(SpecVersions.PHONE_NUMBERS);
    }

    @Override
    public void register(Router router) {
        new PhoneNumbersApi(state).register(router);
    }

    /** Empty: every change is written through the data file when it happens. */
    @Override
    public Optional<PhoneNumbersEmulator.PersistentDomain> persistence() {
        return Optional.empty();
    }

    @Override
    public void reset() {
        state.reset(purchasedAtStart);
    }
}
