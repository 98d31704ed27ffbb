package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.identity.CommunicationIdentityClientBuilder;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationTokenScope;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.OperatorInformation;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCost;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import io.github.acsnumbers.siprouting.SipRoutingClientBuilder;
import io.github.acsnumbers.siprouting.models.SipConfiguration;
import io.github.acsnumbers.siprouting.models.SipTrunk;
import io.github.acsnumbers.siprouting.models.SipTrunkRoute;
import io.github.acsnumbers.siprouting.routing.RouteDryRunResult;
import io.github.acsnumbers.siprouting.routing.SipLintFinding;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/** The demo's scenarios, in the order of the JavaScript SDK's README, each reported on one or a few lines. */
final class Scenarios {
    private final Console out;
    private final boolean allowChanges;
    private final String country;
    private final Duration pollInterval;
    private final PhoneNumbersClient numbers;
    private final SipRoutingClient sip;
    private final CommunicationIdentityClient identity;

    Scenarios(Console out, String connectionString, boolean allowChanges, String country, Duration pollInterval) {
        this.out = out;
        this.allowChanges = allowChanges;
        this.country = country.toUpperCase(Locale.ROOT);
        this.pollInterval = pollInterval;
        this.numbers = new PhoneNumbersClientBuilder().connectionString(connectionString).pollInterval(pollInterval)
            .buildClient();
        this.sip = new SipRoutingClientBuilder().connectionString(connectionString).buildClient();
        this.identity = new CommunicationIdentityClientBuilder().connectionString(connectionString).buildClient();
    }

    /** @return the process exit code: 0 when every scenario that ran succeeded */
    int runAll() {
        // scenarios marked AGAIN create nothing that matters twice (a search, a user, a read, an idempotent
        // write), so after a failure whose outcome is unknown they may simply run again; purchases are never
        // re-run by the demo: the SDK itself finds out whether a purchase whose answer was lost took effect
        run("Catalog: countries, localities, area codes, offerings", AGAIN, this::catalog);
        run("List purchased numbers", AGAIN, this::listPurchased);
        String searchId = runAndGet("Search available numbers", this::search);
        run("Purchase the numbers found", ONCE, () -> purchase(searchId));
        run("Get a purchased number", AGAIN, this::getOne);
        run("Update capabilities", AGAIN, this::updateCapabilities);
        run("Browse and reserve numbers, then purchase the reservation", ONCE, this::browseAndReserve);
        run("Operator information lookup", AGAIN, this::operatorLookup);
        run("Release a number", ONCE, this::release);
        run("SIP trunks and routes", AGAIN, this::sipTrunksAndRoutes);
        run("SIP route dry-run and lint (local)", AGAIN, this::sipDryRun);
        run("Identity: user, token, revoke, delete", AGAIN, this::identityScenario);
        out.heading(out.failures() == 0 ? "All scenarios completed." : out.failures() + " scenario(s) failed.");
        return out.failures() == 0 ? 0 : 1;
    }

    private interface Step {
        void run() throws Exception;
    }

    private interface Producer<T> {
        T get() throws Exception;
    }

    private static final boolean AGAIN = true;
    private static final boolean ONCE = false;
    /** Extra runs of a repeatable scenario after a transient failure. */
    private static final int EXTRA_RUNS = 2;

    private void run(String name, boolean repeatable, Step step) {
        runAndGet(name, repeatable, () -> {
            step.run();
            return null;
        });
    }

    private <T> T runAndGet(String name, Producer<T> step) {
        return runAndGet(name, AGAIN, step);
    }

    private <T> T runAndGet(String name, boolean repeatable, Producer<T> step) {
        out.heading(name);
        for (int run = 0; ; run++) {
            try {
                return step.get();
            } catch (Exception e) {
                if (repeatable && run < EXTRA_RUNS && isTransient(e)) {
                    out.info("transient failure (" + DemoMain.describe(e) + "); running the scenario again");
                    continue;
                }
                out.fail(name, e);
                return null;
            }
        }
    }

    /** No answer, a timeout, throttling or a server-side failure that outlasted the SDK's own retries. */
    private static boolean isTransient(Exception e) {
        if (!(e instanceof CommunicationException)) {
            return false;
        }
        int status = ((CommunicationException) e).getStatusCode();
        return status == 0 && ((CommunicationException) e).getOperationId() == null
            || status == 408 || status == 429 || status >= 500;
    }

    private boolean changesAllowed(String what) {
        if (!allowChanges) {
            out.skip(what + " (read-only run: pass --allow-changes)");
        }
        return allowChanges;
    }

    private void catalog() {
        List<String> countries = numbers.listAvailableCountries().stream().limit(6)
            .map(c -> c.getCountryCode() + " " + c.getLocalizedName()).collect(Collectors.toList());
        out.ok("countries: " + String.join(", ", countries) + ", ...");
        List<String> localities = numbers.listAvailableLocalities(country).stream().limit(4)
            .map(l -> l.getLocalizedName() + (l.getAdministrativeDivision() == null ? ""
                : " (" + l.getAdministrativeDivision().getAbbreviatedName() + ")")).collect(Collectors.toList());
        out.ok("localities in " + country + ": " + String.join(", ", localities));
        List<String> codes = numbers.listAvailableAreaCodes(country, PhoneNumberType.TOLL_FREE).stream().limit(6)
            .map(a -> a.getAreaCode()).collect(Collectors.toList());
        out.ok("toll-free area codes in " + country + ": " + String.join(", ", codes));
        numbers.listAvailableOfferings(country).forEach(o -> out.ok("offering: " + o.getPhoneNumberType() + " for "
            + o.getAssignmentType() + ", " + o.getAvailableCapabilities() + ", " + cost(o.getCost())));
    }

    private void listPurchased() {
        long count = 0;
        for (PurchasedPhoneNumber n : numbers.listPurchasedPhoneNumbers()) {
            if (count++ < 3) {
                out.ok(n.getPhoneNumber() + " " + n.getPhoneNumberType() + " " + n.getCapabilities());
            }
        }
        out.info(count + " purchased number(s) in all");
    }

    private String search() {
        if (!changesAllowed("searching holds numbers for 16 minutes")) {
            return null;
        }
        SyncPoller<PhoneNumberSearchResult> poller = numbers.beginSearchAvailablePhoneNumbers(country,
            PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE),
            new SearchOptions().withQuantity(1));
        out.info("search started, operation " + poller.getOperationId());
        PhoneNumberSearchResult result = poller.getFinalResult();
        out.ok("found " + result.getPhoneNumbers() + " for " + cost(result.getCost()) + ", held until "
            + result.getSearchExpiresBy() + (result.isAgreementToNotResellRequired()
            ? " (requires the agreement not to resell)" : ""));
        return result.getSearchId();
    }

    private void purchase(String searchId) {
        if (searchId == null) {
            out.skip("no search to purchase");
            return;
        }
        SyncPoller<Void> poller = numbers.beginPurchasePhoneNumbers(searchId, new PurchaseOptions()
            .withAgreeToNotResell(true));
        poller.getFinalResult();
        out.ok("purchased the numbers of search " + searchId + " (operation " + poller.getOperationId() + ")");
    }

    private PurchasedPhoneNumber anyPurchased() {
        return numbers.listPurchasedPhoneNumbers().stream().findFirst().orElse(null);
    }

    private void getOne() {
        PurchasedPhoneNumber any = anyPurchased();
        if (any == null) {
            out.skip("the resource owns no number");
            return;
        }
        PurchasedPhoneNumber n = numbers.getPurchasedPhoneNumber(any.getPhoneNumber());
        out.ok(n.getPhoneNumber() + ": " + n.getPhoneNumberType() + ", " + n.getAssignmentType() + ", "
            + n.getCapabilities() + ", bought " + n.getPurchaseDate() + ", " + cost(n.getCost()));
    }

    private void updateCapabilities() {
        PurchasedPhoneNumber any = anyPurchased();
        if (any == null || !changesAllowed("changing capabilities")) {
            return;
        }
        PurchasedPhoneNumber updated = numbers.beginUpdatePhoneNumberCapabilities(any.getPhoneNumber(),
            PhoneNumberCapabilityType.INBOUND, PhoneNumberCapabilityType.OUTBOUND).getFinalResult();
        out.ok(updated.getPhoneNumber() + " now has " + updated.getCapabilities());
    }

    private void browseAndReserve() {
        PhoneNumbersBrowseResult browse = numbers.browseAvailablePhoneNumbers(country, PhoneNumberType.TOLL_FREE);
        out.ok("browse found " + browse.getPhoneNumbers().size() + " available toll-free number(s)");
        if (browse.getPhoneNumbers().isEmpty() || !changesAllowed("reserving and buying")) {
            return;
        }
        String reservationId = UUID.randomUUID().toString();
        List<AvailablePhoneNumber> pick = browse.getPhoneNumbers().subList(0, Math.min(2, browse.getPhoneNumbers().size()));
        PhoneNumbersReservation reservation = numbers.createOrUpdateReservation(reservationId, pick, null);
        out.ok("reservation " + reservationId + " holds " + reservation.getPhoneNumbers().size() + " number(s) until "
            + reservation.getExpiresAt() + (reservation.getFailedPhoneNumbers().isEmpty() ? ""
            : ", " + reservation.getFailedPhoneNumbers().size() + " not available"));
        if (pick.size() > 1) {
            reservation = numbers.createOrUpdateReservation(reservationId, null,
                List.of(pick.get(1).getPhoneNumber()));
            out.ok("removed " + pick.get(1).getPhoneNumber() + ": " + reservation.getPhoneNumbers().size()
                + " number(s) left");
        }
        if (browse.getPhoneNumbers().size() > 2) {
            // a second reservation, listed and then deleted, so the tour calls every reservation operation
            String spareId = UUID.randomUUID().toString();
            numbers.createOrUpdateReservation(spareId, List.of(browse.getPhoneNumbers().get(2)), null);
            List<String> ids = numbers.listReservations().stream().map(PhoneNumbersReservation::getId)
                .collect(Collectors.toList());
            out.ok("reservations listed: " + ids.size() + (ids.contains(spareId) && ids.contains(reservationId)
                ? " (both of this run's among them)" : ""));
            try {
                numbers.deleteReservation(spareId);
            } catch (CommunicationException e) {
                if (e.getStatusCode() != 404) {
                    throw e;
                }
                // a retried delete whose first answer was lost: the reservation is gone either way
            }
            if (numbers.listReservations().stream().anyMatch(r -> r.getId().equals(spareId))) {
                throw new IllegalStateException("reservation " + spareId + " is still listed after its deletion");
            }
            out.ok("deleted reservation " + spareId + "; it is no longer listed");
        }
        numbers.beginReservationPurchase(reservationId, new PurchaseOptions().withAgreeToNotResell(true))
            .getFinalResult();
        out.ok("purchased reservation " + reservationId + ", now " + numbers.getReservation(reservationId).getStatus());
    }

    private void operatorLookup() {
        PurchasedPhoneNumber any = anyPurchased();
        if (any == null || !changesAllowed("operator lookups are billed")) {
            return;
        }
        for (OperatorInformation info : numbers.searchOperatorInformation(List.of(any.getPhoneNumber())).getValues()) {
            out.ok(info.getPhoneNumber() + ": national " + info.getNationalFormat() + ", international "
                + info.getInternationalFormat());
        }
    }

    private void release() {
        PurchasedPhoneNumber any = anyPurchased();
        if (any == null || !changesAllowed("releasing a number")) {
            return;
        }
        try {
            numbers.beginReleasePhoneNumber(any.getPhoneNumber()).getFinalResult();
        } catch (CommunicationException e) {
            // a release whose answer was lost is sent again; the service then reports the repeat as NotFound,
            // because the first one already released the number; whether it is still owned tells the two apart
            if (e.getOperationId() == null || !"NotFound".equals(e.getErrorCode()) || stillOwned(any.getPhoneNumber())) {
                throw e;
            }
            out.ok("released " + any.getPhoneNumber() + " (the first answer was lost; the repeated request found the "
                + "number already released)");
            return;
        }
        out.ok("released " + any.getPhoneNumber());
    }

    private boolean stillOwned(String phoneNumber) {
        try {
            numbers.getPurchasedPhoneNumber(phoneNumber);
            return true;
        } catch (CommunicationException e) {
            if (e.getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private void sipTrunksAndRoutes() {
        SipConfiguration current = sip.getConfiguration();
        out.ok("current configuration: " + current.getTrunks().size() + " trunk(s), " + current.getRoutes().size()
            + " route(s)");
        if (!changesAllowed("changing live SIP routing")) {
            return;
        }
        sip.setTrunks(List.of(new SipTrunk("sbc1.demo.contoso.com", 5061), new SipTrunk("sbc2.demo.contoso.com", 5061)));
        out.ok("trunks now: " + sip.listTrunks().stream().map(SipTrunk::getFqdn).collect(Collectors.joining(", ")));
        sip.setRoutes(List.of(
            new SipTrunkRoute("us-toll-free", "^\\+1(8(00|33|44|55|66|77|88))\\d{7}$", List.of("sbc2.demo.contoso.com")),
            new SipTrunkRoute("everything-else", "^\\+\\d+$", List.of("sbc1.demo.contoso.com", "sbc2.demo.contoso.com"))));
        out.ok("routes now: " + sip.listRoutes().stream().map(SipTrunkRoute::getName).collect(Collectors.joining(", ")));
        out.ok("getTrunk(sbc1.demo.contoso.com): " + sip.getTrunk("sbc1.demo.contoso.com").map(SipTrunk::toString)
            .orElse("absent"));
        SipConfiguration desired = new SipConfiguration(
            List.of(new SipTrunk("sbc1.demo.contoso.com", 5062), new SipTrunk("sbc3.demo.contoso.com", 5061)),
            List.of(new SipTrunkRoute("all", "^\\+\\d+$", List.of("sbc3.demo.contoso.com", "sbc1.demo.contoso.com"))));
        var plan = sip.plan(desired);
        out.info("plan:");
        for (String line : plan.toString().split("\n")) {
            out.info("  " + line);
        }
        SipConfiguration applied = sip.apply(plan);
        out.ok("applied in one request: " + applied.getTrunks().size() + " trunk(s), " + applied.getRoutes().size()
            + " route(s)");
        sip.setRoutes(List.of(new SipTrunkRoute("all", "^\\+\\d+$", List.of("sbc1.demo.contoso.com"))));
        sip.deleteTrunk("sbc3.demo.contoso.com");
        out.ok("re-routed 'all' to sbc1 only, then deleted trunk sbc3: trunks now "
            + sip.listTrunks().stream().map(SipTrunk::getFqdn).collect(Collectors.joining(", ")));
    }

    private void sipDryRun() {
        SipConfiguration config = new SipConfiguration(
            List.of(new SipTrunk("sbc1.demo.contoso.com", 5061), new SipTrunk("sbc2.demo.contoso.com", 5061)),
            List.of(new SipTrunkRoute("catch-all", "^.*$", List.of("sbc1.demo.contoso.com")),
                new SipTrunkRoute("us", "^\\+1\\d{10}$", List.of("sbc2.demo.contoso.com")),
                new SipTrunkRoute("js-style", "^+[1-9][0-9]{3,23}$", List.of("sbc2.demo.contoso.com"))));
        RouteDryRunResult result = sip.dryRun("+14255550100", config);
        out.ok("+14255550100 -> " + result);
        for (SipLintFinding finding : sip.lint(config)) {
            out.ok("lint: " + finding);
        }
    }

    private void identityScenario() {
        if (!changesAllowed("creating users")) {
            return;
        }
        CommunicationUserIdentifier user = identity.createUser();
        out.ok("created user " + user.getId());
        AccessToken token = identity.getToken(user, List.of(CommunicationTokenScope.CHAT, CommunicationTokenScope.VOIP),
            Duration.ofMinutes(60));
        out.ok("issued a chat+voip token expiring " + token.getExpiresAt() + " (the token itself is not printed)");
        identity.revokeTokens(user);
        out.ok("revoked the user's tokens");
        identity.deleteUser(user);
        out.ok("deleted the user");
    }

    private static String cost(PhoneNumberCost cost) {
        return cost == null ? "no cost given" : String.format(Locale.ROOT, "%.2f %s %s", cost.getAmount(),
            cost.getCurrencyCode(), cost.getBillingFrequency());
    }
}
