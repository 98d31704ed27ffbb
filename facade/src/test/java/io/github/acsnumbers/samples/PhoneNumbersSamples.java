package io.github.acsnumbers.samples;

import io.github.acsnumbers.core.auth.KeyCredential;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListAreaCodesOptions;
import io.github.acsnumbers.phonenumbers.models.ListLocalitiesOptions;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformation;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberLocality;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOffering;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import io.github.acsnumbers.phonenumbers.models.UpdateCapabilitiesOptions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The code of docs/phone-numbers.md. Each snippet lies between {@code // BEGIN: name} and {@code // END: name};
 * the build compiles them and {@code PhoneNumbersSamplesInDocsTest} fails when the document and this file drift.
 */
@SuppressWarnings("unused")
public final class PhoneNumbersSamples {
    private PhoneNumbersSamples() {
    }

    static PhoneNumbersClient createClient() {
        // BEGIN: create-client
        PhoneNumbersClient client = new PhoneNumbersClientBuilder()
            .connectionString(System.getenv("COMMUNICATION_SERVICES_CONNECTION_STRING"))
            .buildClient();
        // END: create-client
        return client;
    }

    static PhoneNumbersClient createClientWithKey() {
        // BEGIN: create-client-key
        PhoneNumbersClient client = new PhoneNumbersClientBuilder()
            .endpoint("https://my-resource.communication.azure.com")
            .credential(new KeyCredential(System.getenv("COMMUNICATION_SERVICES_ACCESS_KEY")))
            .acceptLanguage("fr-FR") // localized names in the catalog lists
            .pollInterval(Duration.ofSeconds(3)) // default wait between two polls of a long-running operation
            .buildClient();
        // END: create-client-key
        return client;
    }

    static PhoneNumberSearchResult search(PhoneNumbersClient client) {
        // BEGIN: search
        SyncPoller<PhoneNumberSearchResult> poller = client.beginSearchAvailablePhoneNumbers(
            "US", PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION,
            new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, PhoneNumberCapabilityType.NONE),
            new SearchOptions().withQuantity(1));
        PhoneNumberSearchResult result = poller.getFinalResult();
        System.out.println("Search " + result.getSearchId() + " found " + result.getPhoneNumbers()
            + " at " + result.getCost().getAmount() + " " + result.getCost().getCurrencyCode()
            + " each, held until " + result.getSearchExpiresBy());
        // END: search
        return result;
    }

    static void purchase(PhoneNumbersClient client, PhoneNumberSearchResult result) {
        // BEGIN: purchase
        client.beginPurchasePhoneNumbers(result.getSearchId(),
                new PurchaseOptions().withAgreeToNotResell(result.isAgreementToNotResellRequired()))
            .getFinalResult(); // returns when the numbers are yours; throws CommunicationException if it failed
        // END: purchase
    }

    static String browseAndReserve(PhoneNumbersClient client) {
        // BEGIN: browse-and-reserve
        PhoneNumbersBrowseResult browsed = client.browseAvailablePhoneNumbers("US", PhoneNumberType.TOLL_FREE,
            new BrowseOptions()
                .withCapabilities(new PhoneNumberCapabilities(PhoneNumberCapabilityType.OUTBOUND, null))
                .withAssignmentType(PhoneNumberAssignmentType.APPLICATION));
        List<AvailablePhoneNumber> wanted = browsed.getPhoneNumbers().subList(0, 2);

        String reservationId = UUID.randomUUID().toString(); // you choose the id
        PhoneNumbersReservation reservation = client.createOrUpdateReservation(reservationId, wanted, null);
        // some numbers may have been taken meanwhile: the rest is reserved, the failures are listed
        reservation.getFailedPhoneNumbers().forEach((id, number) ->
            System.out.println(id + " was not reserved: " + number.getError().getMessage()));
        System.out.println("Reserved until " + reservation.getExpiresAt());
        // END: browse-and-reserve
        return reservationId;
    }

    static void changeReservation(PhoneNumbersClient client, String reservationId, AvailablePhoneNumber another) {
        // BEGIN: change-reservation
        PhoneNumbersReservation changed = client.createOrUpdateReservation(reservationId,
            List.of(another), // add
            List.of("+18335550100")); // remove (sent as null in the merge-patch)
        PhoneNumbersReservation current = client.getReservation(reservationId);
        for (PhoneNumbersReservation r : client.listReservations()) { // listed reservations carry no numbers
            System.out.println(r.getId() + " " + r.getStatus() + " until " + r.getExpiresAt());
        }
        client.deleteReservation(reservationId); // lets the numbers go
        // END: change-reservation
    }

    static void purchaseReservation(PhoneNumbersClient client, String reservationId) {
        // BEGIN: purchase-reservation
        client.beginReservationPurchase(reservationId, new PurchaseOptions().withAgreeToNotResell(true))
            .getFinalResult();
        // END: purchase-reservation
    }

    static void release(PhoneNumbersClient client) {
        // BEGIN: release
        client.beginReleasePhoneNumber("+14255550123").getFinalResult();
        // END: release
    }

    static void updateCapabilities(PhoneNumbersClient client) {
        // BEGIN: update-capabilities
        PurchasedPhoneNumber updated = client.beginUpdatePhoneNumberCapabilities("+14255550123",
                PhoneNumberCapabilityType.INBOUND_OUTBOUND, // calling
                null) // sms: null keeps the current value
            .getFinalResult(); // the number as read again after the change
        System.out.println(updated.getCapabilities());
        // END: update-capabilities
        // BEGIN: update-capabilities-options
        PurchasedPhoneNumber named = client.beginUpdatePhoneNumberCapabilities("+14255550123",
                new UpdateCapabilitiesOptions().withSms(PhoneNumberCapabilityType.OUTBOUND)) // calling is kept
            .getFinalResult();
        System.out.println(named.getCapabilities());
        // END: update-capabilities-options
    }

    static void get(PhoneNumbersClient client) {
        // BEGIN: get
        PurchasedPhoneNumber number = client.getPurchasedPhoneNumber("+14255550123");
        System.out.println(number.getPhoneNumber() + " (" + number.getPhoneNumberType() + ", "
            + number.getAssignmentType() + ") calling=" + number.getCapabilities().getCalling()
            + " sms=" + number.getCapabilities().getSms() + " since " + number.getPurchaseDate());
        // END: get
    }

    static void list(PhoneNumbersClient client) {
        // BEGIN: list
        for (PurchasedPhoneNumber number : client.listPurchasedPhoneNumbers()) { // pages are fetched as you go
            System.out.println(number.getPhoneNumber());
        }
        long tollFree = client.listPurchasedPhoneNumbers().stream()
            .filter(n -> n.getPhoneNumberType().equals(PhoneNumberType.TOLL_FREE))
            .count();
        // END: list
    }

    static void listByPage(PhoneNumbersClient client) {
        // BEGIN: list-by-page
        String continuation = null;
        for (Page<PurchasedPhoneNumber> page : client.listPurchasedPhoneNumbers(
                new ListPurchasedPhoneNumbersOptions().withPageSize(50)).byPage()) {
            System.out.println(page.items().size() + " numbers");
            continuation = page.continuationToken(); // null on the last page
            break;
        }
        if (continuation != null) { // later: continue where you stopped
            client.listPurchasedPhoneNumbers().byPage(continuation).forEach(p -> System.out.println(p.items()));
        }
        // END: list-by-page
    }

    static void catalog(PhoneNumbersClient client) {
        // BEGIN: catalog
        for (PhoneNumberCountry country : client.listAvailableCountries()) {
            System.out.println(country.getCountryCode() + " " + country.getLocalizedName());
        }
        for (PhoneNumberLocality locality : client.listAvailableLocalities("US",
                new ListLocalitiesOptions().withAdministrativeDivision("WA"))) {
            System.out.println(locality.getLocalizedName());
        }
        for (PhoneNumberAreaCode areaCode : client.listAvailableAreaCodes("US", PhoneNumberType.GEOGRAPHIC,
                new ListAreaCodesOptions().withLocality("Seattle").withAdministrativeDivision("WA"))) {
            System.out.println(areaCode.getAreaCode());
        }
        for (PhoneNumberOffering offering : client.listAvailableOfferings("US")) {
            System.out.println(offering.getPhoneNumberType() + "/" + offering.getAssignmentType() + ": "
                + offering.getAvailableCapabilities() + " for " + offering.getCost().getAmount());
        }
        // END: catalog
    }

    static void operatorInformation(PhoneNumbersClient client) {
        // BEGIN: operator-information
        OperatorInformation info = client.searchOperatorInformation(List.of("+14255550123"),
                new OperatorInformationOptions().withIncludeAdditionalOperatorDetails(true))
            .getValues().get(0);
        System.out.println(info.getNationalFormat() + " " + info.getNumberType() + " "
            + (info.getOperatorDetails() == null ? "" : info.getOperatorDetails().getName()));
        // END: operator-information
    }

    static void resumeAndCancel(PhoneNumbersClient client, SyncPoller<PhoneNumberSearchResult> poller) {
        // BEGIN: resume
        String token = poller.getResumeToken(); // holds no secret: store it anywhere
        // ... later, perhaps in another process, with a client for the same resource:
        PhoneNumberSearchResult result = client.resumeSearchAvailablePhoneNumbers(token).getFinalResult();
        // the bare operation id (for example from a log line) works too:
        client.resumeSearchAvailablePhoneNumbers(poller.getOperationId()).getFinalResult();
        // END: resume
        // BEGIN: cancel
        poller.cancelOperation(); // sends DELETE on the operation: the service cancels the search
        // END: cancel
    }

    static void errors(PhoneNumbersClient client) {
        // BEGIN: errors
        try {
            client.getPurchasedPhoneNumber("+14255550123");
        } catch (CommunicationException e) {
            // e.g. 404 NotFound "Input phoneNumber +14255550123 cannot be found."
            System.out.println(e.getStatusCode() + " " + e.getErrorCode() + ": " + e.getServiceMessage()
                + " (request-id " + e.getRequestId() + ")");
        }
        // END: errors
    }

    static void async(PhoneNumbersClientBuilder builder) {
        // BEGIN: async
        PhoneNumbersAsyncClient asyncClient = builder.buildAsyncClient();
        asyncClient.getPurchasedPhoneNumber("+14255550123")
            .thenAccept(number -> System.out.println(number.getCapabilities()));
        asyncClient.beginReleasePhoneNumber("+14255550123")
            .thenCompose(AsyncPoller::getFinalResult) // no thread waits between polls
            .whenComplete((ignored, error) -> System.out.println(error == null ? "released" : error.getMessage()));
        // END: async
    }
}
