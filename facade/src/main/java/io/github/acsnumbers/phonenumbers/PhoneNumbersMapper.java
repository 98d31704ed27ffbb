package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
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
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResultError;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.ReservationStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns the generated wire models into the public ones. Only this class (and {@link PhoneNumbersOperations})
 * touches generated types, so none reaches a public signature.
 */
final class PhoneNumbersMapper {
    private PhoneNumbersMapper() {
    }

    static <G, P> List<P> list(List<G> items, Function<G, P> mapper) {
        if (items == null) {
            return Collections.emptyList();
        }
        List<P> out = new ArrayList<>(items.size());
        for (G item : items) {
            if (item != null) {
                out.add(mapper.apply(item));
            }
        }
        return out;
    }

    static PhoneNumberCapabilities capabilities(
            io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCapabilities g) {
        if (g == null) {
            return null;
        }
        return new PhoneNumberCapabilities(PhoneNumberCapabilityType.fromString(g.getCalling()),
            PhoneNumberCapabilityType.fromString(g.getSms()));
    }

    static PhoneNumberCost cost(io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCost g) {
        if (g == null) {
            return null;
        }
        return PhoneNumbersModelFactory.phoneNumberCost(g.getAmount() == null ? 0d : g.getAmount(), g.getCurrencyCode(),
            BillingFrequency.fromString(g.getBillingFrequency()));
    }

    static PurchasedPhoneNumber purchased(io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber g) {
        return PhoneNumbersModelFactory.purchasedPhoneNumber(g.getId(), g.getPhoneNumber(), g.getCountryCode(),
            PhoneNumberType.fromString(g.getPhoneNumberType()), capabilities(g.getCapabilities()),
            PhoneNumberAssignmentType.fromString(g.getAssignmentType()), g.getPurchaseDate(), cost(g.getCost()));
    }

    static PhoneNumberSearchResult searchResult(
            io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberSearchResult g) {
        return PhoneNumbersModelFactory.phoneNumberSearchResult(g.getSearchId(), g.getPhoneNumbers(),
            PhoneNumberType.fromString(g.getPhoneNumberType()),
            PhoneNumberAssignmentType.fromString(g.getAssignmentType()), capabilities(g.getCapabilities()),
            cost(g.getCost()), g.getSearchExpiresBy(), Boolean.TRUE.equals(g.getIsAgreementToNotResellRequired()),
            g.getErrorCode(), PhoneNumberSearchResultError.fromString(g.getError()));
    }

    static PhoneNumberCountry country(io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCountry g) {
        return PhoneNumbersModelFactory.phoneNumberCountry(g.getLocalizedName(), g.getCountryCode());
    }

    static PhoneNumberLocality locality(io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberLocality g) {
        io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberAdministrativeDivision d =
            g.getAdministrativeDivision();
        return PhoneNumbersModelFactory.phoneNumberLocality(g.getLocalizedName(),
            d == null ? null : PhoneNumbersModelFactory.phoneNumberAdministrativeDivision(d.getLocalizedName(), d.getAbbreviatedName()));
    }

    static PhoneNumberAreaCode areaCode(io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberAreaCode g) {
        return PhoneNumbersModelFactory.phoneNumberAreaCode(g.getAreaCode());
    }

    static PhoneNumberOffering offering(io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberOffering g) {
        return PhoneNumbersModelFactory.phoneNumberOffering(PhoneNumberType.fromString(g.getPhoneNumberType()),
            PhoneNumberAssignmentType.fromString(g.getAssignmentType()), capabilities(g.getAvailableCapabilities()),
            cost(g.getCost()));
    }

    static OperatorInformationResult operatorInformation(
            io.github.acsnumbers.generated.phonenumbers.model.OperatorInformationResult g) {
        return PhoneNumbersModelFactory.operatorInformationResult(list(g.getValues(), v -> {
            io.github.acsnumbers.generated.phonenumbers.model.OperatorDetails d = v.getOperatorDetails();
            return PhoneNumbersModelFactory.operatorInformation(v.getPhoneNumber(), v.getNationalFormat(), v.getInternationalFormat(),
                v.getIsoCountryCode(), OperatorNumberType.fromString(v.getNumberType()),
                d == null ? null : PhoneNumbersModelFactory.operatorDetails(d.getName(), d.getMobileNetworkCode(), d.getMobileCountryCode()));
        }));
    }

    static AvailablePhoneNumber available(io.github.acsnumbers.generated.phonenumbers.model.AvailablePhoneNumber g) {
        if (g == null) {
            return null;
        }
        io.github.acsnumbers.generated.phonenumbers.model.AvailablePhoneNumberError e = g.getError();
        return PhoneNumbersModelFactory.availablePhoneNumber(g.getId(), g.getCountryCode(), g.getPhoneNumber(),
            capabilities(g.getCapabilities()), PhoneNumberType.fromString(g.getPhoneNumberType()),
            PhoneNumberAssignmentType.fromString(g.getAssignmentType()), cost(g.getCost()),
            AvailabilityStatus.fromString(g.getStatus()), Boolean.TRUE.equals(g.getIsAgreementToNotResellRequired()),
            e == null ? null : PhoneNumbersModelFactory.availablePhoneNumberError(e.getCode(), e.getMessage()));
    }

    static PhoneNumbersBrowseResult browseResult(
            io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersBrowseResult g) {
        return PhoneNumbersModelFactory.phoneNumbersBrowseResult(list(g.getPhoneNumbers(), PhoneNumbersMapper::available));
    }

    static PhoneNumbersReservation reservation(
            io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersReservation g) {
        Map<String, AvailablePhoneNumber> numbers = new LinkedHashMap<>();
        if (g.getPhoneNumbers() != null) {
            g.getPhoneNumbers().forEach((key, value) -> numbers.put(key, available(value)));
        }
        return PhoneNumbersModelFactory.phoneNumbersReservation(g.getId() == null ? null : g.getId().toString(), g.getExpiresAt(), numbers,
            ReservationStatus.fromString(g.getStatus()));
    }
}
