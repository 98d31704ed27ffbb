package io.github.acsnumbers.userstyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.identity.models.AccessToken;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifier;
import io.github.acsnumbers.identity.models.CommunicationUserIdentifierAndToken;
import io.github.acsnumbers.identity.models.IdentityModelFactory;
import io.github.acsnumbers.identity.models.TeamsExtensionAssignment;
import io.github.acsnumbers.identity.models.TeamsExtensionPrincipalType;
import io.github.acsnumbers.phonenumbers.models.AvailabilityStatus;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumberError;
import io.github.acsnumbers.phonenumbers.models.BillingFrequency;
import io.github.acsnumbers.phonenumbers.models.OperatorDetails;
import io.github.acsnumbers.phonenumbers.models.OperatorInformation;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationResult;
import io.github.acsnumbers.phonenumbers.models.OperatorNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAdministrativeDivision;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCost;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberLocality;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOffering;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOperation;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResultError;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import io.github.acsnumbers.siprouting.models.SipRoutingModelFactory;
import io.github.acsnumbers.siprouting.models.SipTrunkHealth;
import io.github.acsnumbers.siprouting.models.SipTrunkHealthStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkInactiveReason;
import io.github.acsnumbers.siprouting.models.SipTrunkPingStatus;
import io.github.acsnumbers.siprouting.models.SipTrunkTlsStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a user's own tests do with the SDK's documented test-model API: build every response model through
 * {@link PhoneNumbersModelFactory}, {@link SipRoutingModelFactory} and {@link IdentityModelFactory} (this package is
 * not the SDK's, so only public API is reachable), e.g. to make a stubbed service of their own return them.
 * {@link ResponseModelShapeTest} checks that this list is complete.
 */
class ResponseModelFactoryTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    /** A user's own abstraction over the SDK, stubbed in their tests with factory-built models. */
    interface NumberInventory {
        PurchasedPhoneNumber find(String number);
    }

    @Test
    void everyPhoneNumbersResponseModel() {
        PhoneNumberCapabilities calling = new PhoneNumberCapabilities(PhoneNumberCapabilityType.INBOUND_OUTBOUND,
            PhoneNumberCapabilityType.NONE);
        PhoneNumberCost cost = PhoneNumbersModelFactory.phoneNumberCost(1.5, "USD", BillingFrequency.MONTHLY);
        assertEquals(1.5, cost.getAmount());
        assertEquals(BillingFrequency.MONTHLY, cost.getBillingFrequency());

        PurchasedPhoneNumber owned = PhoneNumbersModelFactory.purchasedPhoneNumber("14255550100", "+14255550100", "US",
            PhoneNumberType.GEOGRAPHIC, calling, PhoneNumberAssignmentType.APPLICATION, T, cost);
        NumberInventory stub = number -> owned;
        assertEquals("+14255550100", stub.find("+14255550100").getPhoneNumber());
        assertEquals(T, owned.getPurchaseDate());
        assertEquals(calling, owned.getCapabilities());

        AvailablePhoneNumberError numberError = PhoneNumbersModelFactory.availablePhoneNumberError("Gone", "taken");
        assertEquals("Gone", numberError.getCode());
        AvailablePhoneNumber available = PhoneNumbersModelFactory.availablePhoneNumber("14255550101", "US",
            "+14255550101", calling, PhoneNumberType.GEOGRAPHIC, PhoneNumberAssignmentType.APPLICATION, cost,
            AvailabilityStatus.AVAILABLE, true, numberError);
        assertTrue(available.isAgreementToNotResellRequired());
        assertEquals(numberError, available.getError());

        PhoneNumbersBrowseResult browse = PhoneNumbersModelFactory.phoneNumbersBrowseResult(List.of(available));
        assertEquals(List.of(available), browse.getPhoneNumbers());
        PhoneNumbersReservation reservation = PhoneNumbersModelFactory.phoneNumbersReservation("r-1", T,
            Map.of(available.getId(), available), ReservationStatus.ACTIVE);
        assertEquals(available, reservation.getPhoneNumbers().get("14255550101"));
        assertEquals(ReservationStatus.ACTIVE, reservation.getStatus());

        PhoneNumberSearchResult search = PhoneNumbersModelFactory.phoneNumberSearchResult("s-1",
            List.of("+18005550100"), PhoneNumberType.TOLL_FREE, PhoneNumberAssignmentType.APPLICATION, calling, cost,
            T, false, null, PhoneNumberSearchResultError.NO_ERROR);
        assertEquals(List.of("+18005550100"), search.getPhoneNumbers());
        assertNull(search.getErrorCode());

        PhoneNumberOperation operation = PhoneNumbersModelFactory.phoneNumberOperation("purchase_s-1", "purchase",
            OperationStatus.SUCCEEDED, T, T, null, null);
        assertEquals(OperationStatus.SUCCEEDED, operation.getStatus());

        PhoneNumberAdministrativeDivision division = PhoneNumbersModelFactory.phoneNumberAdministrativeDivision(
            "Washington", "WA");
        PhoneNumberLocality locality = PhoneNumbersModelFactory.phoneNumberLocality("Seattle", division);
        assertEquals("WA", locality.getAdministrativeDivision().getAbbreviatedName());
        assertEquals("425", PhoneNumbersModelFactory.phoneNumberAreaCode("425").getAreaCode());
        PhoneNumberCountry country = PhoneNumbersModelFactory.phoneNumberCountry("United States", "US");
        assertEquals("US", country.getCountryCode());
        PhoneNumberOffering offering = PhoneNumbersModelFactory.phoneNumberOffering(PhoneNumberType.GEOGRAPHIC,
            PhoneNumberAssignmentType.PERSON, calling, cost);
        assertEquals(PhoneNumberAssignmentType.PERSON, offering.getAssignmentType());

        OperatorDetails details = PhoneNumbersModelFactory.operatorDetails("Contoso Mobile", "010", "310");
        OperatorInformation info = PhoneNumbersModelFactory.operatorInformation("+14255550100", "(425) 555-0100",
            "+1 425-555-0100", "US", OperatorNumberType.MOBILE, details);
        OperatorInformationResult result = PhoneNumbersModelFactory.operatorInformationResult(List.of(info));
        assertEquals("Contoso Mobile", result.getValues().get(0).getOperatorDetails().getName());
    }

    @Test
    void everySipRoutingAndIdentityResponseModel() {
        SipTrunkHealth health = SipRoutingModelFactory.sipTrunkHealth(SipTrunkTlsStatus.OK, SipTrunkPingStatus.OK,
            SipTrunkHealthStatus.INACTIVE, SipTrunkInactiveReason.NO_RECENT_PINGS);
        assertEquals(SipTrunkInactiveReason.NO_RECENT_PINGS, health.getInactiveReason());

        AccessToken token = IdentityModelFactory.accessToken("not-a-real-token", T);
        assertEquals(T, token.getExpiresAt());
        CommunicationUserIdentifier user = new CommunicationUserIdentifier("8:acs:resource_user");
        CommunicationUserIdentifierAndToken both = IdentityModelFactory.communicationUserIdentifierAndToken(user, token);
        assertEquals(user, both.getUser());
        // an immutable List.of(...), as users write it
        TeamsExtensionAssignment assignment = IdentityModelFactory.teamsExtensionAssignment("tenant", "object",
            TeamsExtensionPrincipalType.USER, List.of("client"));
        assertEquals(List.of("client"), assignment.getClientIds());
    }

    @Test
    void factoriesValidateLikeTheModelsDo() {
        Supplier<AccessToken> blank = () -> IdentityModelFactory.accessToken(" ", T);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            blank::get);
        assertFalse(e.getMessage().isBlank());
    }
}
