package io.github.acsnumbers.phonenumbers;

import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.acsnumbers.core.error.CommunicationError;
import io.github.acsnumbers.implementation.util.Lazy;
import io.github.acsnumbers.core.error.CommunicationException;
import io.github.acsnumbers.core.error.ErrorKind;
import io.github.acsnumbers.implementation.http.ErrorMapper;
import io.github.acsnumbers.implementation.http.HttpPipeline;
import io.github.acsnumbers.implementation.http.ServiceRequest;
import io.github.acsnumbers.implementation.http.ServiceResponse;
import io.github.acsnumbers.implementation.json.MergePatch;
import io.github.acsnumbers.implementation.lro.LroDefinition;
import io.github.acsnumbers.core.lro.OperationState;
import io.github.acsnumbers.core.lro.OperationStatus;
import io.github.acsnumbers.core.lro.ResumeToken;
import io.github.acsnumbers.implementation.retry.RetryAfter;
import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.implementation.retry.ReplaySafety;
import io.github.acsnumbers.implementation.util.Validation;
import io.github.acsnumbers.generated.phonenumbers.ApiClient;
import io.github.acsnumbers.generated.phonenumbers.JSON;
import io.github.acsnumbers.generated.phonenumbers.api.PhoneNumbersApi;
import io.github.acsnumbers.generated.phonenumbers.model.OfferingsResponse;
import io.github.acsnumbers.generated.phonenumbers.model.OperatorInformationRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberAreaCodes;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberBrowseCapabilitiesRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCapabilitiesRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCountries;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberLocalities;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberPurchaseRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberSearchRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersBrowseRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersReservationPurchaseRequest;
import io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersReservations;
import io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumbers;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListAreaCodesOptions;
import io.github.acsnumbers.phonenumbers.models.ListCountriesOptions;
import io.github.acsnumbers.phonenumbers.models.ListLocalitiesOptions;
import io.github.acsnumbers.phonenumbers.models.ListOfferingsOptions;
import io.github.acsnumbers.phonenumbers.models.ListPurchasedPhoneNumbersOptions;
import io.github.acsnumbers.phonenumbers.models.ListReservationsOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationOptions;
import io.github.acsnumbers.phonenumbers.models.OperatorInformationResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOperation;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Every Phone Numbers operation, described once for both clients: argument checks (all before any request), the
 * request (mostly through the generated stubs) and the reading of the answer into public models. The sync client
 * runs these with {@link HttpPipeline#send}, the async client with {@link HttpPipeline#sendAsync}.
 */
final class PhoneNumbersOperations {
    /** The first part of the span names of this client's operations. */
    static final String SERVICE = "PhoneNumbers";
    static final String SEARCH = "search";
    static final String PURCHASE = "purchase";
    static final String RELEASE = "release";
    static final String CAPABILITIES = "capabilities";
    static final String RESERVATION_PURCHASE = "reservationPurchase";

    private static final String API_VERSION = "api-version";
    /** The api-version of the document the stubs were generated from (its info.version). */
    static final String SPEC_VERSION = io.github.acsnumbers.generated.phonenumbers.Configuration.VERSION;

    private final HttpPipeline pipeline;
    private final String apiVersion;
    /** Made on the first request, not when a client is built: see {@link #api()}. */
    private final Lazy<PhoneNumbersApi> api;

    PhoneNumbersOperations(HttpPipeline pipeline, String apiVersion) {
        this.pipeline = pipeline;
        this.api = Lazy.of(() -> {
            ApiClient client = new ApiClient(pipeline.okHttpClient());
            client.setRequestCustomizer(pipeline::decorate); // per-call headers in the request's one build
            client.setBasePath(pipeline.basePath());
            return new PhoneNumbersApi(client);
        });
        this.apiVersion = apiVersion;
    }

    /**
     * The generated stubs. Creating them initialises the generated {@code JSON} (Gson with an adapter for every
     * model): tens of milliseconds in a fresh JVM, which a client that is built but not yet used need not pay.
     */
    private PhoneNumbersApi api() {
        return api.get();
    }

    /** The generated models' Gson (initialised on first use). */
    private static Gson gson() {
        return JSON.getGson();
    }

    HttpPipeline pipeline() {
        return pipeline;
    }

    String apiVersion() {
        return apiVersion;
    }

    // ---------------------------------------------------------------- catalog

    Function<String, ServiceRequest<Page<PhoneNumberCountry>>> listAvailableCountries(ListCountriesOptions options) {
        ListCountriesOptions o = options == null ? new ListCountriesOptions() : options;
        return token -> page(token,
            () -> api().listAvailableCountries(apiVersion).maxPageSize(o.getPageSize()).buildCall(null),
            r -> {
                PhoneNumberCountries g = r.json(PhoneNumberCountries.class, gson());
                return new Page<>(PhoneNumbersMapper.list(g.getCountries(), PhoneNumbersMapper::country),
                    g.getNextLink());
            });
    }

    Function<String, ServiceRequest<Page<PhoneNumberLocality>>> listAvailableLocalities(String countryCode,
                                                                                         ListLocalitiesOptions options) {
        String cc = Validation.requireCountryCode(countryCode);
        ListLocalitiesOptions o = options == null ? new ListLocalitiesOptions() : options;
        String division = optionalText(o.getAdministrativeDivision(), "administrativeDivision");
        return token -> page(token,
            () -> api().listAvailableLocalities(cc, apiVersion).administrativeDivision(division)
                .phoneNumberType(wire(o.getPhoneNumberType())).maxPageSize(o.getPageSize()).buildCall(null),
            r -> {
                PhoneNumberLocalities g = r.json(PhoneNumberLocalities.class, gson());
                return new Page<>(PhoneNumbersMapper.list(g.getPhoneNumberLocalities(), PhoneNumbersMapper::locality),
                    g.getNextLink());
            });
    }

    Function<String, ServiceRequest<Page<PhoneNumberAreaCode>>> listAvailableAreaCodes(String countryCode,
                                                                                        PhoneNumberType type,
                                                                                        ListAreaCodesOptions options) {
        String cc = Validation.requireCountryCode(countryCode);
        String t = Validation.requireNonNull(type, "phoneNumberType").toString();
        ListAreaCodesOptions o = options == null ? new ListAreaCodesOptions() : options;
        String locality = optionalText(o.getLocality(), "locality");
        String division = optionalText(o.getAdministrativeDivision(), "administrativeDivision");
        return token -> page(token,
            () -> api().listAreaCodes(cc, t, apiVersion).assignmentType(wire(o.getAssignmentType())).locality(locality)
                .administrativeDivision(division).maxPageSize(o.getPageSize()).buildCall(null),
            r -> {
                PhoneNumberAreaCodes g = r.json(PhoneNumberAreaCodes.class, gson());
                return new Page<>(PhoneNumbersMapper.list(g.getAreaCodes(), PhoneNumbersMapper::areaCode),
                    g.getNextLink());
            });
    }

    Function<String, ServiceRequest<Page<PhoneNumberOffering>>> listAvailableOfferings(String countryCode,
                                                                                        ListOfferingsOptions options) {
        String cc = Validation.requireCountryCode(countryCode);
        ListOfferingsOptions o = options == null ? new ListOfferingsOptions() : options;
        return token -> page(token,
            () -> api().listOfferings(cc, apiVersion).phoneNumberType(wire(o.getPhoneNumberType()))
                .assignmentType(wire(o.getAssignmentType())).maxPageSize(o.getPageSize()).buildCall(null),
            r -> {
                OfferingsResponse g = r.json(OfferingsResponse.class, gson());
                return new Page<>(PhoneNumbersMapper.list(g.getPhoneNumberOfferings(), PhoneNumbersMapper::offering),
                    g.getNextLink());
            });
    }

    // ---------------------------------------------------------------- search and purchase

    ServiceRequest<OperationState> startSearch(String countryCode, PhoneNumberType type,
                                               PhoneNumberAssignmentType assignmentType,
                                               PhoneNumberCapabilities capabilities, SearchOptions options) {
        String cc = Validation.requireCountryCode(countryCode);
        Validation.requireNonNull(type, "phoneNumberType");
        Validation.requireNonNull(assignmentType, "assignmentType");
        Validation.requireNonNull(capabilities, "capabilities");
        Validation.requireNonNull(capabilities.getCalling(), "capabilities.calling");
        Validation.requireNonNull(capabilities.getSms(), "capabilities.sms");
        SearchOptions o = options == null ? new SearchOptions() : options;
        PhoneNumberSearchRequest body = new PhoneNumberSearchRequest()
            .phoneNumberType(type.toString())
            .assignmentType(assignmentType.toString())
            .capabilities(new io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberCapabilities()
                .calling(capabilities.getCalling().toString()).sms(capabilities.getSms().toString()))
            .areaCode(optionalText(o.getAreaCode(), "areaCode"))
            .quantity(o.getQuantity() == null ? null : Validation.requirePositive(o.getQuantity(), "quantity"));
        return ServiceRequest.of(() -> api().searchAvailablePhoneNumbers(cc, apiVersion).body(body).buildCall(null),
            r -> started(r, null));
    }

    LroDefinition<PhoneNumberSearchResult> searchDefinition() {
        return new LroDefinition<>(SEARCH, this::poll, state -> {
            String location = state.resourceLocation();
            if (location == null) {
                // the result's address follows from the id (search_<searchId>) when the service sent none
                String searchId = idAfterPrefix(state.operationId(), SEARCH);
                location = api().getSearchResult(searchId, apiVersion).buildCall(null).request().url().toString();
            }
            String target = location;
            return ServiceRequest.of(() -> get(target), r -> PhoneNumbersMapper.searchResult(r.json(
                io.github.acsnumbers.generated.phonenumbers.model.PhoneNumberSearchResult.class, gson())));
        }, this::cancel);
    }

    ServiceRequest<OperationState> startPurchase(String searchId, PurchaseOptions options) {
        String id = Validation.requireNonBlank(searchId, "searchId");
        PurchaseOptions o = options == null ? new PurchaseOptions() : options;
        PhoneNumberPurchaseRequest body = new PhoneNumberPurchaseRequest().searchId(id)
            .agreeToNotResell(o.getAgreeToNotResell());
        return ServiceRequest.of(() -> api().purchasePhoneNumbers(apiVersion).body(body).buildCall(null),
            r -> started(r, null));
    }

    LroDefinition<Void> purchaseDefinition() {
        return new LroDefinition<>(PURCHASE, this::poll, null, this::cancel);
    }

    // ---------------------------------------------------------------- purchased numbers

    ServiceRequest<PurchasedPhoneNumber> getPurchasedPhoneNumber(String phoneNumber) {
        String n = Validation.requireE164(phoneNumber, "phoneNumber");
        return ServiceRequest.of(() -> api().getByNumber(n, apiVersion).buildCall(null), this::purchased);
    }

    Function<String, ServiceRequest<Page<PurchasedPhoneNumber>>> listPurchasedPhoneNumbers(
            ListPurchasedPhoneNumbersOptions options) {
        ListPurchasedPhoneNumbersOptions o = options == null ? new ListPurchasedPhoneNumbersOptions() : options;
        return token -> page(token, () -> api().listPhoneNumbers(apiVersion).top(o.getPageSize()).buildCall(null), r -> {
            PurchasedPhoneNumbers g = r.json(PurchasedPhoneNumbers.class, gson());
            return new Page<>(PhoneNumbersMapper.list(g.getPhoneNumbers(), PhoneNumbersMapper::purchased),
                g.getNextLink());
        });
    }

    ServiceRequest<OperationState> startUpdateCapabilities(String phoneNumber, PhoneNumberCapabilityType calling,
                                                           PhoneNumberCapabilityType sms) {
        String n = Validation.requireE164(phoneNumber, "phoneNumber");
        if (calling == null && sms == null) {
            throw new IllegalArgumentException("Give a new 'calling' or 'sms' capability (or both); both were null.");
        }
        PhoneNumberCapabilitiesRequest body = new PhoneNumberCapabilitiesRequest()
            .calling(wire(calling)).sms(wire(sms));
        return ServiceRequest.of(() -> api().updateCapabilities(n, apiVersion).body(body).buildCall(null),
            // the number is read again at the end; without a Location header, read it at its usual address
            r -> started(r, api().getByNumber(n, apiVersion).buildCall(null).request().url().toString()));
    }

    LroDefinition<PurchasedPhoneNumber> capabilitiesDefinition() {
        return new LroDefinition<>(CAPABILITIES, this::poll, state -> {
            String location = state.resourceLocation();
            if (location == null) {
                throw new CommunicationException("Operation "
                    + state.operationId() + " succeeded but the service did not say where the updated number is",
                    0, null, null, ErrorKind.CLIENT_ERROR, state.operationId(), null);
            }
            return ServiceRequest.of(() -> get(location), this::purchased);
        }, this::cancel);
    }

    ServiceRequest<OperationState> startRelease(String phoneNumber) {
        String n = Validation.requireE164(phoneNumber, "phoneNumber");
        return ServiceRequest.of(() -> api().releasePhoneNumber(n, apiVersion).buildCall(null), r -> started(r, null));
    }

    LroDefinition<Void> releaseDefinition() {
        return new LroDefinition<>(RELEASE, this::poll, null, this::cancel);
    }

    // ---------------------------------------------------------------- operator information

    ServiceRequest<OperatorInformationResult> searchOperatorInformation(List<String> phoneNumbers,
                                                                        OperatorInformationOptions options) {
        Validation.requireNonEmpty(phoneNumbers, "phoneNumbers");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < phoneNumbers.size(); i++) {
            numbers.add(Validation.requireE164(phoneNumbers.get(i), "phoneNumbers[" + i + "]"));
        }
        Boolean details = options == null ? null : options.getIncludeAdditionalOperatorDetails();
        OperatorInformationRequest body = new OperatorInformationRequest().phoneNumbers(numbers)
            .options(new io.github.acsnumbers.generated.phonenumbers.model.OperatorInformationOptions()
                .includeAdditionalOperatorDetails(Boolean.TRUE.equals(details)));
        return ServiceRequest.of(() -> api().operatorInformationSearch(apiVersion).body(body).buildCall(null),
            r -> PhoneNumbersMapper.operatorInformation(r.json(
                io.github.acsnumbers.generated.phonenumbers.model.OperatorInformationResult.class, gson())))
            // a lookup changes nothing, so repeating it after an unknown outcome is harmless
            .replaySafety(ReplaySafety.SAFE);
    }

    // ---------------------------------------------------------------- browse and reservations

    ServiceRequest<PhoneNumbersBrowseResult> browseAvailablePhoneNumbers(String countryCode, PhoneNumberType type,
                                                                         BrowseOptions options) {
        String cc = Validation.requireCountryCode(countryCode);
        Validation.requireNonNull(type, "phoneNumberType");
        BrowseOptions o = options == null ? new BrowseOptions() : options;
        PhoneNumbersBrowseRequest body = new PhoneNumbersBrowseRequest().phoneNumberType(type.toString())
            .assignmentType(wire(o.getAssignmentType()));
        PhoneNumberCapabilities caps = o.getCapabilities();
        if (caps != null && (caps.getCalling() != null || caps.getSms() != null)) {
            body.capabilities(new PhoneNumberBrowseCapabilitiesRequest().calling(wire(caps.getCalling()))
                .sms(wire(caps.getSms())));
        }
        if (o.getPhoneNumberPrefixes() != null && !o.getPhoneNumberPrefixes().isEmpty()) {
            List<String> prefixes = new ArrayList<>();
            for (String prefix : o.getPhoneNumberPrefixes()) {
                prefixes.add(Validation.requireNonBlank(prefix, "phoneNumberPrefixes[]"));
            }
            body.phoneNumberPrefixes(prefixes);
        }
        return ServiceRequest.of(() -> api().browseAvailableNumbers(cc, apiVersion).body(body).buildCall(null),
            r -> PhoneNumbersMapper.browseResult(r.json(
                io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersBrowseResult.class, gson())))
            .replaySafety(ReplaySafety.SAFE);
    }

    ServiceRequest<PhoneNumbersReservation> createOrUpdateReservation(String reservationId,
                                                                      Collection<AvailablePhoneNumber> add,
                                                                      Collection<String> remove) {
        UUID id = reservationId(reservationId);
        Map<String, JsonElement> entries = new LinkedHashMap<>();
        if (add != null) {
            for (AvailablePhoneNumber number : add) {
                Validation.requireNonNull(number, "add[]");
                entries.put(numberKey(number), addEntry(number));
            }
        }
        if (remove != null) {
            for (String number : remove) {
                String key = numberKey(Validation.requireNonBlank(number, "remove[]"));
                if (entries.containsKey(key) && !entries.get(key).isJsonNull()) {
                    throw new IllegalArgumentException("Number '" + number + "' is both in 'add' and in 'remove'.");
                }
                entries.put(key, JsonNull.INSTANCE);
            }
        }
        JsonObject numbers = new JsonObject();
        entries.forEach(numbers::add);
        JsonObject patch = new JsonObject();
        patch.add("phoneNumbers", numbers);
        // the address comes from the generated operation; the body is built here because the generated models
        // cannot carry the null members a merge-patch removes numbers with
        return ServiceRequest.of(() -> pipeline.newCall(api().createOrUpdateReservation(id.toString(), apiVersion)
                .buildCall(null).request().newBuilder().patch(MergePatch.body(patch)).build()),
            // 200, 201 and 207 (some numbers failed) all carry the reservation; failures are per number
            this::reservation);
    }

    ServiceRequest<PhoneNumbersReservation> getReservation(String reservationId) {
        UUID id = reservationId(reservationId);
        return ServiceRequest.of(() -> api().getReservation(id.toString(), apiVersion).buildCall(null), this::reservation);
    }

    Function<String, ServiceRequest<Page<PhoneNumbersReservation>>> listReservations(ListReservationsOptions options) {
        ListReservationsOptions o = options == null ? new ListReservationsOptions() : options;
        return token -> page(token, () -> api().listReservations(apiVersion).maxPageSize(o.getPageSize()).buildCall(null),
            r -> {
                PhoneNumbersReservations g = r.json(PhoneNumbersReservations.class, gson());
                return new Page<>(PhoneNumbersMapper.list(g.getReservations(), PhoneNumbersMapper::reservation),
                    g.getNextLink());
            });
    }

    ServiceRequest<Void> deleteReservation(String reservationId) {
        UUID id = reservationId(reservationId);
        return ServiceRequest.of(() -> api().deleteReservation(id.toString(), apiVersion).buildCall(null), r -> null);
    }

    ServiceRequest<OperationState> startReservationPurchase(String reservationId, PurchaseOptions options) {
        UUID id = reservationId(reservationId);
        Boolean agree = options == null ? null : options.getAgreeToNotResell();
        PhoneNumbersReservationPurchaseRequest body = agree == null ? null
            : new PhoneNumbersReservationPurchaseRequest().agreeToNotResell(agree);
        return ServiceRequest.of(() -> api().purchaseReservation(id.toString(), apiVersion)
            .body(body).buildCall(null), r -> started(r, null));
    }

    LroDefinition<Void> reservationPurchaseDefinition() {
        return new LroDefinition<>(RESERVATION_PURCHASE, this::poll, null, this::cancel);
    }

    // ---------------------------------------------------------------- long-running operation plumbing

    /**
     * The state to continue an operation from: either a resume token, or the bare operation id the service
     * reported (such as {@code search_<guid>}), which lets a caller re-attach knowing nothing else.
     */
    /** Reads {@code purchase_<searchId>}: 404 when the purchase was never accepted (see StartRecovery). */
    ServiceRequest<OperationState> lookupPurchase(String searchId) {
        return purchaseDefinition().poll().apply(resumeState(PURCHASE + "_" + searchId.trim(), PURCHASE));
    }

    /** Reads {@code reservationPurchase_<reservationId>}: 404 when that purchase was never accepted. */
    ServiceRequest<OperationState> lookupReservationPurchase(String reservationId) {
        return reservationPurchaseDefinition().poll().apply(
            resumeState(RESERVATION_PURCHASE + "_" + reservationId(reservationId), RESERVATION_PURCHASE));
    }

    OperationState resumeState(String tokenOrOperationId, String kind) {
        String value = Validation.requireNonBlank(tokenOrOperationId, "resumeToken");
        if (!value.startsWith(kind + "_")) {
            return ResumeToken.decode(value, kind);
        }
        String operationLocation = api().getOperation(value, apiVersion).buildCall(null).request().url().toString();
        String resourceLocation = null;
        if (SEARCH.equals(kind)) {
            resourceLocation = api().getSearchResult(idAfterPrefix(value, SEARCH), apiVersion).buildCall(null).request()
                .url().toString();
        }
        return new OperationState(value, operationLocation, resourceLocation, OperationStatus.NOT_STARTED, null, null,
            null);
    }

    /** Reads the 202 that starts an operation: where to poll, the operation id and, if given, the result's place. */
    private OperationState started(ServiceResponse r, String fallbackResourceLocation) {
        String operationLocation = r.header("Operation-Location");
        String operationId = r.header("operation-id");
        if (operationLocation == null && operationId == null) {
            throw new CommunicationException(r.method() + " " + r.path() + " was accepted (HTTP " + r.status()
                + ") but the service sent neither Operation-Location nor operation-id, so it cannot be followed",
                r.status(), null, r.requestId(), ErrorKind.CLIENT_ERROR, null, null);
        }
        if (operationId == null) {
            List<String> segments = pipeline.resolve(operationLocation).pathSegments();
            operationId = segments.get(segments.size() - 1);
        }
        if (operationLocation == null) {
            operationLocation = api().getOperation(operationId, apiVersion).buildCall(null).request().url().toString();
        }
        String location = r.header("Location");
        return new OperationState(operationId, operationLocation, location != null ? location : fallbackResourceLocation,
            OperationStatus.NOT_STARTED, null, retryAfter(r), null);
    }

    /** One status read; the service's status may go from running back to notStarted, only final ones end it. */
    private ServiceRequest<OperationState> poll(OperationState state) {
        return ServiceRequest.of(() -> get(state.operationLocation()), r -> {
            JsonObject o = r.jsonTree().getAsJsonObject();
            String status = text(o, "status");
            if (status == null) {
                throw new IllegalArgumentException("the operation status has no 'status'");
            }
            OperationStatus s = "canceled".equalsIgnoreCase(status) ? OperationStatus.CANCELLED
                : OperationStatus.fromString(status);
            CommunicationError error = o.has("error") && o.get("error").isJsonObject()
                ? ErrorMapper.read(o.getAsJsonObject("error"), 0) : null;
            String resourceLocation = text(o, "resourceLocation");
            if (resourceLocation == null || resourceLocation.isBlank()) {
                resourceLocation = r.header("Location") != null ? r.header("Location") : state.resourceLocation();
            }
            String operationLocation = r.header("Operation-Location") != null ? r.header("Operation-Location")
                : state.operationLocation();
            return new OperationState(state.operationId(), operationLocation, resourceLocation, s, error,
                retryAfter(r), createdAt(text(o, "createdDateTime"), state.createdAt()));
        });
    }

    /** {@code GET /phoneNumbers/operations/{id}} for a bare operation id (from a log line or the portal). */
    ServiceRequest<PhoneNumberOperation> getOperation(String operationId) {
        String id = Validation.requireNonBlank(operationId, "operationId");
        if (!id.matches("[A-Za-z]+_[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("'operationId' must look like <kind>_<id>, e.g. search_<guid> or "
                + "purchase_<searchId>, but was '" + Validation.abbreviate(id) + "'.");
        }
        return ServiceRequest.of(() -> api().getOperation(id, apiVersion).buildCall(null), r -> {
            JsonObject o = r.jsonTree().getAsJsonObject();
            String status = text(o, "status");
            CommunicationError error = o.has("error") && o.get("error").isJsonObject()
                ? ErrorMapper.read(o.getAsJsonObject("error"), 0) : null;
            return PhoneNumbersModelFactory.phoneNumberOperation(text(o, "id") != null ? text(o, "id") : id, text(o, "operationType"),
                status == null ? null : "canceled".equalsIgnoreCase(status) ? OperationStatus.CANCELLED
                    : OperationStatus.fromString(status),
                createdAt(text(o, "createdDateTime"), null), createdAt(text(o, "lastActionDateTime"), null),
                text(o, "resourceLocation"), error);
        });
    }

    private ServiceRequest<Void> cancel(OperationState state) {
        return ServiceRequest.of(() -> api().cancelOperation(state.operationId(), apiVersion).buildCall(null), r -> null);
    }

    // ---------------------------------------------------------------- helpers

    private <T> ServiceRequest<Page<T>> page(String token, java.util.function.Supplier<Call> first,
                                             io.github.acsnumbers.implementation.http.ResponseHandler<Page<T>> handler) {
        return ServiceRequest.of(token == null ? first : () -> get(token), handler);
    }

    /** A GET of a link the service returned, relative or absolute, kept as sent (api-version added if missing). */
    private Call get(String link) {
        Request.Builder b = new Request.Builder().url(url(link)).get();
        pipeline.decorate(b);
        return pipeline.newCall(b.build());
    }

    private HttpUrl url(String link) {
        HttpUrl url = pipeline.resolve(link);
        return url.queryParameter(API_VERSION) != null ? url
            : url.newBuilder().addQueryParameter(API_VERSION, apiVersion).build();
    }

    private PurchasedPhoneNumber purchased(ServiceResponse r) {
        return PhoneNumbersMapper.purchased(r.json(
            io.github.acsnumbers.generated.phonenumbers.model.PurchasedPhoneNumber.class, gson()));
    }

    private PhoneNumbersReservation reservation(ServiceResponse r) {
        return PhoneNumbersMapper.reservation(r.json(
            io.github.acsnumbers.generated.phonenumbers.model.PhoneNumbersReservation.class, gson()));
    }

    private static JsonObject addEntry(AvailablePhoneNumber number) {
        // the fields the service needs to hold the number; the read-only ones (status, cost, error) are left out
        JsonObject entry = new JsonObject();
        entry.addProperty("countryCode", Validation.requireNonBlank(number.getCountryCode(), "add[].countryCode"));
        PhoneNumberCapabilities caps = Validation.requireNonNull(number.getCapabilities(), "add[].capabilities");
        JsonObject c = new JsonObject();
        if (caps.getCalling() != null) {
            c.addProperty("calling", caps.getCalling().toString());
        }
        if (caps.getSms() != null) {
            c.addProperty("sms", caps.getSms().toString());
        }
        entry.add("capabilities", c);
        entry.addProperty("phoneNumberType",
            Validation.requireNonNull(number.getPhoneNumberType(), "add[].phoneNumberType").toString());
        entry.addProperty("assignmentType",
            Validation.requireNonNull(number.getAssignmentType(), "add[].assignmentType").toString());
        return entry;
    }

    /** A reservation keys each number by its id: the digits without the leading plus. */
    private static String numberKey(AvailablePhoneNumber number) {
        if (number.getId() != null && !number.getId().isBlank()) {
            return number.getId().trim();
        }
        if (number.getPhoneNumber() != null && !number.getPhoneNumber().isBlank()) {
            return numberKey(number.getPhoneNumber());
        }
        throw new IllegalArgumentException("Every number in 'add' needs an id or a phone number, as browse returns them.");
    }

    private static String numberKey(String number) {
        String key = number.startsWith("+") ? number.substring(1) : number;
        if (!key.matches("[0-9]{7,15}")) {
            throw new IllegalArgumentException("'" + Validation.abbreviate(number) + "' is neither a phone number in "
                + "E.164 format nor a number id (7 to 15 digits).");
        }
        return key;
    }

    private static UUID reservationId(String reservationId) {
        String v = Validation.requireNonBlank(reservationId, "reservationId");
        try {
            UUID id = UUID.fromString(v);
            if (!id.toString().equalsIgnoreCase(v)) {
                throw new IllegalArgumentException("not canonical");
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'reservationId' must be a UUID such as "
                + "'8e2b6a1c-3f4d-4c5e-9a7b-1d2e3f4a5b6c' (the client chooses it, e.g. UUID.randomUUID()), but was '"
                + Validation.abbreviate(v) + "'.");
        }
    }

    private static String idAfterPrefix(String operationId, String kind) {
        String prefix = kind + "_";
        return operationId != null && operationId.startsWith(prefix) ? operationId.substring(prefix.length())
            : operationId;
    }

    private static String optionalText(String value, String name) {
        return value == null ? null : Validation.requireNonBlank(value, name);
    }

    private static String wire(Object extensibleEnum) {
        return extensibleEnum == null ? null : extensibleEnum.toString();
    }

    private static String text(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private static OffsetDateTime createdAt(String value, OffsetDateTime previous) {
        if (value == null) {
            return previous;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return previous;
        }
    }

    /** The service sends no Retry-After today; when it does (seconds or an HTTP date), polling follows it. */
    private Duration retryAfter(ServiceResponse r) {
        Duration d = RetryAfter.parse(r.header("Retry-After"), pipeline.clock());
        // zero or past means "no particular wait": keep the configured interval
        return d == null || d.isNegative() || d.isZero() ? null : d;
    }
}
