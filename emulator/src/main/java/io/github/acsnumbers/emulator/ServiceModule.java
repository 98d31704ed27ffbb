package io.github.acsnumbers.emulator;

import io.github.acsnumbers.emulator.http.Router;
import java.util.List;
import java.util.Optional;

/**
 * One emulated service (phone numbers, SIP routing, identity): the shape every service of the emulator has, so that
 * {@link PhoneNumbersEmulator} treats them alike. A module
 * <ul>
 *   <li>registers its routes ({@link #register(Router)}); its handlers answer with the module's own error
 *       answers (phone numbers' {@code ApiException}s, {@code SipErrors}, {@code IdentityErrors}) and read request
 *       bodies through one {@link io.github.acsnumbers.emulator.http.JsonFields} reader configured with them;</li>
 *   <li>serves the api-versions of {@link #apiVersions()}, whose newest is the version of its spec document read by
 *       {@link io.github.acsnumbers.emulator.http.SpecVersions} (one place for versions);</li>
 *   <li>owns its persistence ({@link #persistence()}): either a JSON snapshot the emulator saves in the data file
 *       after every successful write on the module's route families, or nothing when the module writes its state
 *       through the data file itself as it changes;</li>
 *   <li>can be put back in the state it started in ({@link #reset()}).</li>
 * </ul>
 * The emulator keeps a list of modules and derives its routes, persistence and {@link PhoneNumbersEmulator#reset()}
 * from it. A new service is a new module: a wire layer (requests in, {@code ApiResult} out), its state, its errors.
 */
public interface ServiceModule {

    /**
     * The module's name ({@code phonenumbers}, {@code sip}, {@code identity}); also the key of its snapshot in the
     * data file.
     *
     * @return the name
     */
    String name();

    /**
     * The api-versions the module serves, oldest first; the last is the version of its spec document and the one a
     * newer api-version builds on ({@link PhoneNumbersEmulator.Builder#newerApiVersion}).
     *
     * @return the versions, never empty
     */
    List<String> apiVersions();

    /**
     * Registers the module's routes.
     *
     * @param router the emulator's route table
     */
    void register(Router router);

    /**
     * How the module's state survives a restart with a data file.
     *
     * @return the snapshot the emulator saves and restores, or empty when the module writes through the data file
     *     itself
     */
    Optional<PhoneNumbersEmulator.PersistentDomain> persistence();

    /** Puts the module's state back to how it started (with a data file, that is what is stored from now on). */
    void reset();
}
