package io.github.acsnumbers.emulator.phonenumbers;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.github.acsnumbers.emulator.http.ApiException;
import io.github.acsnumbers.emulator.http.ApiRequest;
import io.github.acsnumbers.emulator.http.ApiResult;
import io.github.acsnumbers.emulator.http.ApiVersionPolicy;
import io.github.acsnumbers.emulator.http.Router;
import io.github.acsnumbers.emulator.http.UrlCodec;
import io.github.acsnumbers.emulator.phonenumbers.Model.Operation;
import io.github.acsnumbers.emulator.phonenumbers.Model.PurchasedNumber;
import io.github.acsnumbers.emulator.phonenumbers.Model.Reservation;
import io.github.acsnumbers.emulator.phonenumbers.Model.ReservedNumber;
import io.github.acsnumbers.emulator.phonenumbers.Model.Search;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The wire layer of the Phone Numbers API (2025-06-01): parses requests, calls {@link PhoneNumbersState} and
 * renders the shapes, headers and status codes the real service sends.
 */
public final class PhoneNumbersApi {

    private static final String CACHE_CONTROL = "max-age=21600, private, stale-while-revalidate=86400";
    private static final Set<String> TYPES = Set.of("geographic", "tollFree", "mobile");
    private static final Set<String> ASSIGNMENTS = Set.of("person", "application");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern UUID_FORMAT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final int BROWSE_LIMIT = 25;
    private static final int MAX_QUANTITY = 10_000;

    private final PhoneNumbersState state;

    /**
     * Wraps the state.
     *
     * @param state the state
     */
    public PhoneNumbersApi(PhoneNumbersState state) {
        this.state = state;
    }

    /**
     * Registers every phone-numbers route.
     *
     * @param r the reservation
     */
    public void register(Router r) {
        ApiVersionPolicy pn = ApiVersionPolicy.PHONE_NUMBERS;
        ApiVersionPolicy br = ApiVersionPolicy.BROWSE_AND_RESERVATIONS;
        r.add("GET", "/availablePhoneNumbers/countries", "catalog", pn, this::countries);
        r.add("GET", "/availablePhoneNumbers/countries/{countryCode}/localities", "catalog", pn, this::localities);
        r.add("GET", "/availablePhoneNumbers/countries/{countryCode}/areaCodes", "catalog", pn, this::areaCodes);
        r.add("GET", "/availablePhoneNumbers/countries/{countryCode}/offerings", "catalog", pn, this::offerings);
        r.add("POST", "/availablePhoneNumbers/countries/{countryCode}/:search", "search", pn, this::search);
        r.add("GET", "/availablePhoneNumbers/searchResults/{searchId}", "search", pn, this::searchResult);
        r.add("POST", "/availablePhoneNumbers/:purchase", "purchase", pn, this::purchase);
        r.add("POST", "/availablePhoneNumbers/countries/{countryCode}/:browse", "browse", br, this::browse);
        r.add("GET", "/availablePhoneNumbers/reservations", "reservations", br, this::listReservations);
        r.add("PATCH", "/availablePhoneNumbers/reservations/{reservationId}", "reservations", br,
                this::patchReservation);
        r.add("GET", "/availablePhoneNumbers/reservations/{reservationId}", "reservations", br, this::getReservation);
        r.add("DELETE", "/availablePhoneNumbers/reservations/{reservationId}", "reservations", br,
                this::deleteReservation);
        r.add("POST", "/availablePhoneNumbers/reservations/{reservationId}/:purchase", "reservations", br,
                this::purchaseReservation);
        r.add("GET", "/phoneNumbers/operations/{operationId}", "operations", ApiVersionPolicy.PHONE_NUMBER_OPERATIONS,
                this::getOperation);
        r.add("DELETE", "/phoneNumbers/operations/{operationId}", "operations",
                ApiVersionPolicy.PHONE_NUMBER_OPERATIONS, this::cancelOperation);
        r.add("GET", "/phoneNumbers", "numbers", pn, this::listPurchased);
        r.add("GET", "/phoneNumbers/{phoneNumber}", "numbers", pn, this::getPurchased);
        r.add("DELETE", "/phoneNumbers/{phoneNumber}", "release", pn, this::release);
        r.add("PATCH", "/phoneNumbers/{phoneNumber}/capabilities", "capabilities", pn, this::capabilities);
        r.add("POST", "/operatorInformation/:search", "operatorInformation", ApiVersionPolicy.OPERATOR_INFORMATION,
                this::operatorInformation);
    }

    // ------------------------------------------------------------------ catalog

    /** The catalog, built on the first request that needs it. */
    private Catalog catalog() {
        return state.catalog();
    }

    private Catalog.Country country(ApiRequest req) {
        String code = req.pathParam("countryCode");
        Catalog.Country c = code == null || code.length() != 2 ? null : catalog().country(code);
        if (c == null) {
            throw ApiException.of(400, "InvalidInput", "Unable to parse country code.", "countrycode");
        }
        return c;
    }

    private ApiResult countries(ApiRequest req) {
        List<JsonElement> items = new ArrayList<>();
        for (Catalog.Country c : catalog().countries()) {
            JsonObject o = new JsonObject();
            o.addProperty("localizedName", c.name());
            o.addProperty("countryCode", c.code());
            items.add(o);
        }
        return catalogPage(req, "countries", items);
    }

    private ApiResult localities(ApiRequest req) {
        Catalog.Country c = country(req);
        String type = optionalEnum(req.queryParam("phoneNumberType"), TYPES, "phonenumbertype");
        String division = req.queryParam("administrativeDivision");
        String wanted = type == null ? "geographic" : type;
        List<JsonElement> items = new ArrayList<>();
        for (Catalog.Locality l : c.localities()) {
            if (!l.type().equals(wanted)) {
                continue;
            }
            if (division != null && !catalog().divisionMatches(c.code(), l.division(), division)) {
                continue;
            }
            JsonObject o = new JsonObject();
            o.addProperty("localizedName", l.name());
            if (l.division() == null) {
                o.add("administrativeDivision", JsonNull.INSTANCE);
            } else {
                JsonObject d = new JsonObject();
                d.addProperty("localizedName", l.division());
                d.addProperty("abbreviatedName", l.division());
                o.add("administrativeDivision", d);
            }
            items.add(o);
        }
        return catalogPage(req, "phoneNumberLocalities", items);
    }

    private ApiResult areaCodes(ApiRequest req) {
        Catalog.Country c = country(req);
        String type = optionalEnum(req.queryParam("phoneNumberType"), TYPES, "phonenumbertype");
        if (type == null) {
            throw Json.invalid("phoneNumberType", "The phoneNumberType query parameter is required.");
        }
        String assignment = optionalEnum(req.queryParam("assignmentType"), ASSIGNMENTS, "assignmenttype");
        String locality = req.queryParam("locality");
        String division = req.queryParam("administrativeDivision");
        Set<String> codes = new LinkedHashSet<>();
        if (catalog().offering(c.code(), type, assignment) != null) {
            for (NumberPool p : c.pools()) {
                if (!p.type().equals(type)) {
                    continue;
                }
                if (locality != null && (p.locality() == null || !p.locality().equalsIgnoreCase(locality))) {
                    continue;
                }
                if (division != null && !catalog().divisionMatches(c.code(), p.division(), division)) {
                    continue;
                }
                codes.add(p.areaCode());
            }
        }
        List<JsonElement> items = new ArrayList<>();
        for (String code : codes) {
            JsonObject o = new JsonObject();
            o.addProperty("areaCode", code);
            items.add(o);
        }
        return catalogPage(req, "areaCodes", items);
    }

    private ApiResult offerings(ApiRequest req) {
        Catalog.Country c = country(req);
        String type = optionalEnum(req.queryParam("phoneNumberType"), TYPES, "phonenumbertype");
        String assignment = optionalEnum(req.queryParam("assignmentType"), ASSIGNMENTS, "assignmenttype");
        List<JsonElement> items = new ArrayList<>();
        for (Catalog.Offering o : c.offerings()) {
            if ((type != null && !o.phoneNumberType().equals(type))
                    || (assignment != null && !o.assignmentType().equals(assignment))) {
                continue;
            }
            JsonObject j = new JsonObject();
            j.addProperty("phoneNumberType", o.phoneNumberType());
            j.addProperty("assignmentType", o.assignmentType());
            j.add("availableCapabilities", Json.capabilities(o.calling(), o.sms()));
            j.add("cost", Json.cost(o.amount(), "USD"));
            items.add(j);
        }
        return catalogPage(req, "phoneNumberOfferings", items);
    }

    /** Catalog lists: skip/maxPageSize paging, relative nextLink with skip first, explicit null at the end. */
    private ApiResult catalogPage(ApiRequest req, String itemsName, List<JsonElement> items) {
        int skip = intParam(req, "skip", 0, 0);
        int max = intParam(req, "maxPageSize", 100, 1);
        int from = Math.min(skip, items.size());
        int to = (int) Math.min((long) from + max, items.size());
        JsonObject body = new JsonObject();
        body.add(itemsName, Json.array(items.subList(from, to)));
        if (to < items.size()) {
            StringBuilder link = new StringBuilder(req.rawPath()).append("?skip=").append(to)
                    .append("&maxPageSize=").append(max);
            for (UrlCodec.RawPair p : UrlCodec.rawPairs(req.rawQuery())) {
                if (!p.name().equals("skip") && !p.name().equals("maxPageSize")) {
                    link.append('&').append(p.name()).append(p.hasEquals() ? "=" + p.value() : "");
                }
            }
            body.addProperty("nextLink", link.toString());
        } else {
            body.add("nextLink", JsonNull.INSTANCE);
        }
        return new ApiResult(200, Map.of("Cache-Control", CACHE_CONTROL), body);
    }

    // ------------------------------------------------------------------ search and purchase

    private ApiResult search(ApiRequest req) {
        Catalog.Country c = country(req);
        JsonObject body = req.jsonObject();
        String type = requiredEnum(Json.string(body, "phoneNumberType", true), TYPES, "phonenumbertype");
        String assignment = requiredEnum(Json.string(body, "assignmentType", true), ASSIGNMENTS, "assignmenttype");
        JsonObject caps = Json.object(body, "capabilities", true);
        String calling = requiredEnum(Json.string(caps, "calling", true), CAPABILITY_VALUES, "calling");
        String sms = requiredEnum(Json.string(caps, "sms", true), CAPABILITY_VALUES, "sms");
        String areaCode = Json.string(body, "areaCode", false);
        Integer q = Json.integer(body, "quantity");
        int quantity = q == null ? 1 : q;
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw Json.invalid("quantity", "The quantity must be between 1 and " + MAX_QUANTITY + ".");
        }
        Catalog.Offering offering = null;
        for (Catalog.Offering o : c.offerings()) {
            if (o.phoneNumberType().equals(type) && o.assignmentType().equals(assignment)
                    && Catalog.supports(o, calling, sms)) {
                offering = o;
                break;
            }
        }
        if (offering == null) {
            throw new ApiException(ApiResult.error(400, "InternalError", "The server encountered an internal error.",
                    null, "BadRequest", "We are unable to find phone plans to match your requested capabilities."));
        }
        if (areaCode != null && c.pools().stream()
                .noneMatch(p -> p.type().equals(type) && p.areaCode().equals(areaCode))) {
            throw Json.invalid("areaCode", "Area code " + areaCode + " is not available for this search.");
        }
        String v = req.apiVersion();
        Search s = state.search(c.code(), offering, calling, sms, areaCode, quantity, v);
        String id = s.searchId();
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", "/availablePhoneNumbers/searchResults/" + id + "?api-version=" + v);
        putOperationHeaders(h, "search_" + id, v);
        h.put("search-id", id);
        h.put("Access-Control-Expose-Headers", "Location,Operation-Location,operation-id,search-id");
        return new ApiResult(202, h, null);
    }

    private static final Set<String> CAPABILITY_VALUES = Set.of("none", "inbound", "outbound", "inbound+outbound");

    private ApiResult searchResult(ApiRequest req) {
        String id = req.pathParam("searchId");
        Search s = state.searchById(id);
        if (s == null) {
            throw ApiException.of(404, "NotFound", "Input searchId " + id + " cannot be found.", "searchid");
        }
        JsonObject o = new JsonObject();
        o.addProperty("searchId", s.searchId());
        JsonArray numbers = new JsonArray();
        s.phoneNumbers().forEach(numbers::add);
        o.add("phoneNumbers", numbers);
        o.addProperty("phoneNumberType", s.phoneNumberType());
        o.addProperty("assignmentType", s.assignmentType());
        o.add("capabilities", Json.capabilities(s.calling(), s.sms()));
        o.add("cost", Json.cost(s.amount(), s.currencyCode()));
        o.addProperty("searchExpiresBy", Times.format(s.expiresBy()));
        o.addProperty("isAgreementToNotResellRequired", s.agreementRequired());
        o.addProperty("error", s.error());
        return ApiResult.json(200, o);
    }

    private ApiResult purchase(ApiRequest req) {
        JsonObject body = req.jsonObject();
        String searchId = Json.string(body, "searchId", true);
        Boolean agree = Json.bool(body, "agreeToNotResell");
        Operation op = state.purchaseSearch(searchId, agree != null && agree);
        String v = req.apiVersion();
        Map<String, String> h = new LinkedHashMap<>();
        putOperationHeaders(h, op.id(), v);
        h.put("purchase-id", searchId);
        h.put("Access-Control-Expose-Headers", "Operation-Location,operation-id,purchase-id");
        return new ApiResult(202, h, null);
    }

    // ------------------------------------------------------------------ operations

    private ApiResult getOperation(ApiRequest req) {
        String id = req.pathParam("operationId");
        Operation op = state.operation(id);
        if (op == null) {
            throw ApiException.of(404, "NotFound", "Input operationId " + id + " cannot be found.", "operationid");
        }
        String status = state.status(op);
        JsonObject o = new JsonObject();
        o.addProperty("operationType", op.operationType());
        o.addProperty("status", status);
        if (op.resourceLocation() == null) {
            o.add("resourceLocation", JsonNull.INSTANCE);
        } else {
            o.addProperty("resourceLocation", op.resourceLocation());
        }
        o.addProperty("createdDateTime", Times.format(op.createdAt()));
        if (status.equals("failed")) {
            JsonObject e = new JsonObject();
            e.addProperty("code", op.errorCode());
            e.addProperty("message", op.errorMessage());
            if (op.errorTarget() != null) {
                e.addProperty("target", op.errorTarget());
            }
            o.add("error", e);
        }
        o.addProperty("id", op.id());
        o.addProperty("lastActionDateTime", Times.MIN_VALUE);
        Map<String, String> h = new LinkedHashMap<>();
        if (op.resourceLocation() != null) {
            h.put("Location", op.resourceLocation());
        }
        if (op.operationType().equals("reservationPurchase")) {
            putOperationHeaders(h, op.id(), req.apiVersion());
            h.put("reservation-purchase-id", op.subjectId());
            // the service really lists "reservationPurchase-id" here
            h.put("Access-Control-Expose-Headers", "Location,Operation-Location,operation-id,reservationPurchase-id");
        }
        return new ApiResult(200, h, o);
    }

    private ApiResult cancelOperation(ApiRequest req) {
        String id = req.pathParam("operationId");
        if (!state.cancel(id)) {
            throw ApiException.of(404, "NotFound", "Input operationId " + id + " cannot be found.", "operationid");
        }
        return ApiResult.empty(204);
    }

    // ------------------------------------------------------------------ purchased numbers

    private ApiResult listPurchased(ApiRequest req) {
        int skip = intParam(req, "skip", 0, 0);
        int top = intParam(req, "top", 100, 1);
        List<PurchasedNumber> all = state.purchasedSorted();
        int from = Math.min(skip, all.size());
        int to = (int) Math.min((long) from + top, all.size());
        JsonArray items = new JsonArray();
        for (PurchasedNumber p : all.subList(from, to)) {
            items.add(purchasedJson(p));
        }
        JsonObject body = new JsonObject();
        body.add("phoneNumbers", items);
        if (to < all.size()) {
            body.addProperty("nextLink", nextLinkSkipLast(req, to));
        }
        return ApiResult.json(200, body);
    }

    /** nextLink of a skip-paged list: other parameters kept as sent, skip appended last (as the service does). */
    private static String nextLinkSkipLast(ApiRequest req, int skip) {
        StringBuilder link = new StringBuilder(req.rawPath());
        char sep = '?';
        for (UrlCodec.RawPair p : UrlCodec.rawPairs(req.rawQuery())) {
            if (!p.name().equals("skip")) {
                link.append(sep).append(p.name()).append(p.hasEquals() ? "=" + p.value() : "");
                sep = '&';
            }
        }
        return link.append(sep).append("skip=").append(skip).toString();
    }

    private static JsonObject purchasedJson(PurchasedNumber p) {
        JsonObject o = new JsonObject();
        o.addProperty("id", p.phoneNumber().substring(1));
        o.addProperty("phoneNumber", p.phoneNumber());
        o.addProperty("countryCode", p.countryCode());
        o.addProperty("phoneNumberType", p.phoneNumberType());
        o.add("capabilities", Json.capabilities(p.calling(), p.sms()));
        o.addProperty("assignmentType", p.assignmentType());
        o.addProperty("purchaseDate", Times.format(p.purchaseDate()));
        o.add("cost", Json.cost(p.amount(), p.currencyCode()));
        return o;
    }

    /** {@code +1425…} as sent, or {@code 1425…} without the plus, both mean the same number. */
    private static String number(ApiRequest req) {
        String raw = req.pathParam("phoneNumber").trim();
        return raw.startsWith("+") ? raw : "+" + raw;
    }

    private ApiResult getPurchased(ApiRequest req) {
        String n = number(req);
        PurchasedNumber p = state.purchased(n);
        if (p == null) {
            throw ApiException.of(404, "NotFound", "Input phoneNumber " + n + " cannot be found.", "phonenumber");
        }
        return ApiResult.json(200, purchasedJson(p));
    }

    private ApiResult release(ApiRequest req) {
        Operation op = state.release(number(req));
        Map<String, String> h = new LinkedHashMap<>();
        putOperationHeaders(h, op.id(), req.apiVersion());
        h.put("release-id", op.subjectId());
        h.put("Access-Control-Expose-Headers", "Operation-Location,operation-id,release-id");
        return new ApiResult(202, h, null);
    }

    private ApiResult capabilities(ApiRequest req) {
        String n = number(req);
        JsonObject body = req.jsonObject();
        String calling = optionalEnum(Json.string(body, "calling", false), CAPABILITY_VALUES, "calling");
        String sms = optionalEnum(Json.string(body, "sms", false), CAPABILITY_VALUES, "sms");
        String v = req.apiVersion();
        String location = "/phoneNumbers/" + n + "?api-version=" + v; // literal '+', as the service sends it
        Operation op = state.updateCapabilities(n, calling, sms, location);
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", location);
        putOperationHeaders(h, op.id(), v);
        h.put("capabilities-id", op.subjectId());
        h.put("Access-Control-Expose-Headers", "Operation-Location,Location,operation-id,capabilities-id");
        JsonObject o = new JsonObject();
        o.addProperty("capabilitiesUpdateId", op.subjectId());
        return new ApiResult(202, h, o);
    }

    // ------------------------------------------------------------------ operator information

    private ApiResult operatorInformation(ApiRequest req) {
        JsonObject body = req.jsonObject();
        List<String> numbers = Json.strings(body, "phoneNumbers", true);
        if (numbers.size() != 1) {
            throw ApiException.of(400, "BadRequest", "Can only accept one phoneNumber");
        }
        JsonObject options = Json.object(body, "options", false);
        Boolean details = options == null ? null : Json.bool(options, "includeAdditionalOperatorDetails");
        String n = numbers.get(0).trim();
        if (!n.startsWith("+")) {
            n = "+" + n;
        }
        if (!E164.matcher(n).matches()) {
            throw Json.invalid("phoneNumbers", "Invalid telephone number '" + numbers.get(0) + "'.");
        }
        NumberPool pool = catalog().poolOf(n);
        String dial = pool != null ? catalog().country(pool.country()).dialCode() : guessDial(n);
        String rest = n.substring(1 + dial.length());
        JsonObject item = new JsonObject();
        item.addProperty("phoneNumber", n);
        if (dial.equals("1") && rest.length() == 10) {
            item.addProperty("nationalFormat", "(" + rest.substring(0, 3) + ") " + rest.substring(3, 6) + "-"
                    + rest.substring(6));
            item.addProperty("internationalFormat", "+1 " + rest.substring(0, 3) + "-" + rest.substring(3, 6) + "-"
                    + rest.substring(6));
        } else {
            item.addProperty("nationalFormat", "0" + group(rest));
            item.addProperty("internationalFormat", "+" + dial + " " + group(rest));
        }
        if (details != null && details) {
            item.addProperty("isoCountryCode", pool != null ? pool.country() : null);
            item.addProperty("numberType", pool == null ? "unknown"
                    : pool.type().equals("mobile") ? "mobile" : pool.type().equals("geographic") ? "geographic"
                    : "other");
            JsonObject op = new JsonObject();
            op.addProperty("name", "Emulated Operator");
            op.add("mobileNetworkCode", JsonNull.INSTANCE);
            op.add("mobileCountryCode", JsonNull.INSTANCE);
            item.add("operatorDetails", op);
        } else {
            item.add("isoCountryCode", JsonNull.INSTANCE);
            item.add("numberType", JsonNull.INSTANCE);
            item.add("operatorDetails", JsonNull.INSTANCE);
        }
        JsonObject out = new JsonObject();
        JsonArray values = new JsonArray();
        values.add(item);
        out.add("values", values);
        return ApiResult.json(200, out);
    }

    private String guessDial(String n) {
        for (Catalog.Country c : catalog().countries()) {
            if (n.startsWith("+" + c.dialCode())) {
                return c.dialCode();
            }
        }
        return n.substring(1, 2);
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 3) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(digits, i, Math.min(digits.length(), i + 3));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ browse and reservations

    private ApiResult browse(ApiRequest req) {
        Catalog.Country c = country(req);
        JsonObject body = req.jsonObject();
        String type = requiredEnum(Json.string(body, "phoneNumberType", true), TYPES, "phonenumbertype");
        String assignment = optionalEnum(Json.string(body, "assignmentType", false), ASSIGNMENTS, "assignmenttype");
        JsonObject caps = Json.object(body, "capabilities", false);
        String calling = caps == null ? null : optionalEnum(Json.string(caps, "calling", false), CAPABILITY_VALUES,
                "calling");
        String sms = caps == null ? null : optionalEnum(Json.string(caps, "sms", false), CAPABILITY_VALUES, "sms");
        List<String> prefixes = Json.strings(body, "phoneNumberPrefixes", false);
        if (prefixes != null) {
            List<String> cleaned = new ArrayList<>();
            prefixes.forEach(p -> cleaned.add(p.startsWith("+") ? p.substring(1) : p));
            prefixes = cleaned;
        }
        Catalog.Offering offering = null;
        for (Catalog.Offering o : c.offerings()) {
            if (o.phoneNumberType().equals(type) && (assignment == null || o.assignmentType().equals(assignment))
                    && Catalog.supports(o, calling == null ? "none" : calling, sms == null ? "none" : sms)) {
                offering = o;
                break;
            }
        }
        JsonArray items = new JsonArray();
        if (offering != null) {
            String itemCalling = caps == null ? offering.calling() : calling == null ? "none" : calling;
            String itemSms = caps == null ? offering.sms() : sms == null ? "none" : sms;
            for (NumberPool.Candidate cand : state.browse(c.code(), type, prefixes, BROWSE_LIMIT)) {
                ReservedNumber rn = new ReservedNumber(cand.phoneNumber().substring(1), cand.phoneNumber(),
                        c.code(), type, offering.assignmentType(), itemCalling, itemSms, offering.amount(), "USD",
                        offering.agreementRequired());
                items.add(availableJson(rn, "available", null));
            }
        }
        JsonObject out = new JsonObject();
        out.add("phoneNumbers", items);
        return ApiResult.json(200, out);
    }

    private static JsonObject availableJson(ReservedNumber n, String status, String errorCode) {
        JsonObject o = new JsonObject();
        o.addProperty("id", n.id());
        o.addProperty("countryCode", n.countryCode());
        o.addProperty("phoneNumber", n.phoneNumber());
        o.add("capabilities", Json.capabilities(n.calling(), n.sms()));
        o.addProperty("phoneNumberType", n.phoneNumberType());
        o.addProperty("assignmentType", n.assignmentType());
        o.add("cost", Json.cost(n.amount(), n.currencyCode()));
        o.addProperty("status", status);
        o.addProperty("isAgreementToNotResellRequired", n.agreementRequired());
        if (errorCode != null) {
            JsonObject e = new JsonObject();
            e.addProperty("code", errorCode);
            e.addProperty("message", "The number selected is not available. Please select a different number.");
            o.add("error", e);
        }
        return o;
    }

    private static String reservationId(ApiRequest req) {
        String id = req.pathParam("reservationId");
        if (!UUID_FORMAT.matcher(id).matches()) {
            throw Json.invalid("reservationId", "The reservation id must be a GUID.");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private ApiResult patchReservation(ApiRequest req) {
        String id = reservationId(req);
        JsonObject body = req.jsonObject();
        JsonObject numbers = Json.object(body, "phoneNumbers", false);
        Map<String, ReservedNumber> additions = new LinkedHashMap<>();
        List<String> removals = new ArrayList<>();
        Map<String, ReservedNumber> invalid = new LinkedHashMap<>();
        if (numbers != null) {
            for (Map.Entry<String, JsonElement> e : numbers.entrySet()) {
                String key = e.getKey().startsWith("+") ? e.getKey().substring(1) : e.getKey();
                if (e.getValue().isJsonNull()) {
                    removals.add(key);
                    continue;
                }
                if (!e.getValue().isJsonObject()) {
                    throw Json.invalid("phoneNumbers", "Each phone number entry must be an object or null.");
                }
                JsonObject v = e.getValue().getAsJsonObject();
                ReservedNumber rn = toReserved(key, v);
                if (rn.amount() < 0) {
                    invalid.put(key, rn);
                } else {
                    additions.put(key, rn);
                }
            }
        }
        PhoneNumbersState.ReservationUpdate update = state.patchReservation(id, additions, removals);
        Map<String, ReservedNumber> failed = new LinkedHashMap<>(invalid);
        failed.putAll(update.failed());
        JsonObject out = reservationJson(update.reservation(), true, failed);
        Map<String, String> h = new LinkedHashMap<>();
        if (update.created()) {
            h.put("Location", "/availablePhoneNumbers/reservations/" + id);
        }
        int status = !failed.isEmpty() ? 207 : update.created() ? 201 : 200;
        return new ApiResult(status, h, out);
    }

    /** Builds the entry to reserve; an entry the catalog cannot sell gets a negative amount (reported failed). */
    private ReservedNumber toReserved(String key, JsonObject v) {
        String phone = "+" + key;
        NumberPool pool = key.chars().allMatch(Character::isDigit) ? catalog().poolOf(phone) : null;
        String requestedAssignment = optionalEnum(Json.string(v, "assignmentType", false), ASSIGNMENTS,
                "assignmenttype");
        JsonObject caps = Json.object(v, "capabilities", false);
        String calling = caps == null ? null : optionalEnum(Json.string(caps, "calling", false), CAPABILITY_VALUES,
                "calling");
        String sms = caps == null ? null : optionalEnum(Json.string(caps, "sms", false), CAPABILITY_VALUES, "sms");
        if (pool == null) {
            return new ReservedNumber(key, phone, Json.string(v, "countryCode", false),
                    Json.string(v, "phoneNumberType", false), requestedAssignment, calling == null ? "none" : calling,
                    sms == null ? "none" : sms, -1, "USD", false);
        }
        Catalog.Offering o = catalog().offering(pool.country(), pool.type(), requestedAssignment);
        if (o == null || (calling != null || sms != null)
                && !Catalog.supports(o, calling == null ? "none" : calling, sms == null ? "none" : sms)) {
            return new ReservedNumber(key, phone, pool.country(), pool.type(), requestedAssignment,
                    calling == null ? "none" : calling, sms == null ? "none" : sms, -1, "USD", false);
        }
        return new ReservedNumber(key, phone, pool.country(), pool.type(), o.assignmentType(),
                calling == null ? (caps == null ? o.calling() : "none") : calling,
                sms == null ? (caps == null ? o.sms() : "none") : sms, o.amount(), "USD", o.agreementRequired());
    }

    private JsonObject reservationJson(Reservation r, boolean withNumbers, Map<String, ReservedNumber> failed) {
        String status = state.reservationStatus(r);
        JsonObject o = new JsonObject();
        o.addProperty("id", r.id());
        o.addProperty("expiresAt", Times.format(r.expiresAt()));
        if (withNumbers) {
            String entryStatus = switch (status) {
                case "expired" -> "expired";
                case "completed" -> "purchased";
                default -> "reserved";
            };
            JsonObject numbers = new JsonObject();
            r.numbers().forEach((k, n) -> numbers.add(k, availableJson(n, entryStatus, null)));
            failed.forEach((k, n) -> numbers.add(k, availableJson(n.amount() < 0 ? new ReservedNumber(n.id(),
                    n.phoneNumber(), n.countryCode(), n.phoneNumberType(), n.assignmentType(), n.calling(), n.sms(),
                    0, n.currencyCode(), n.agreementRequired()) : n, "error", "NumberNotAvailable")));
            o.add("phoneNumbers", numbers);
        }
        o.addProperty("status", status);
        return o;
    }

    private ApiResult getReservation(ApiRequest req) {
        Reservation r = state.reservation(reservationId(req));
        if (r == null) {
            throw reservationNotFound();
        }
        return ApiResult.json(200, reservationJson(r, true, Map.of()));
    }

    private static ApiException reservationNotFound() {
        return ApiException.of(404, "ReservationNotFound",
                "The reservation was not found and the operation could not be completed.");
    }

    private ApiResult listReservations(ApiRequest req) {
        int max = intParam(req, "maxPageSize", 100, 1);
        int skip = intParam(req, "skip", 0, 0);
        List<Reservation> all = state.reservations();
        int from = Math.min(skip, all.size());
        int to = (int) Math.min((long) from + max, all.size());
        JsonArray items = new JsonArray();
        for (Reservation r : all.subList(from, to)) {
            items.add(reservationJson(r, false, Map.of()));
        }
        JsonObject body = new JsonObject();
        body.add("reservations", items);
        if (to < all.size()) {
            body.addProperty("nextLink", nextLinkSkipLast(req, to));
        } else {
            body.add("nextLink", JsonNull.INSTANCE);
        }
        return ApiResult.json(200, body);
    }

    private ApiResult deleteReservation(ApiRequest req) {
        if (!state.deleteReservation(reservationId(req))) {
            throw reservationNotFound();
        }
        return ApiResult.empty(204);
    }

    private ApiResult purchaseReservation(ApiRequest req) {
        String id = reservationId(req);
        JsonObject body = req.jsonObject();
        Boolean agree = Json.bool(body, "agreeToNotResell");
        Operation op = state.purchaseReservation(id, agree != null && agree);
        Map<String, String> h = new LinkedHashMap<>();
        putOperationHeaders(h, op.id(), req.apiVersion());
        h.put("reservation-purchase-id", id);
        h.put("Access-Control-Expose-Headers", "Location,Operation-Location,operation-id,reservation-purchase-id");
        return new ApiResult(202, h, null);
    }

    // ------------------------------------------------------------------ helpers

    /** The Operation-Location and operation-id headers of a long-running operation, in that order. */
    private static void putOperationHeaders(Map<String, String> h, String operationId, String apiVersion) {
        h.put("Operation-Location", "/phoneNumbers/operations/" + operationId + "?api-version=" + apiVersion);
        h.put("operation-id", operationId);
    }

    private static int intParam(ApiRequest req, String name, int def, int min) {
        String v = req.queryParam(name);
        if (v == null || v.isEmpty()) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min) {
                throw Json.invalid(name, "The " + name + " parameter must be at least " + min + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw Json.invalid(name, "The " + name + " parameter must be an integer.");
        }
    }

    private static String optionalEnum(String value, Set<String> allowed, String target) {
        if (value == null) {
            return null;
        }
        return requiredEnum(value, allowed, target);
    }

    private static String requiredEnum(String value, Set<String> allowed, String target) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return a;
            }
        }
        throw Json.invalid(target, "The value '" + value + "' is not valid for " + target + ".");
    }
}
