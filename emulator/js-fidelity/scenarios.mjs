// Runs the scenarios of the READMEs of Microsoft's JavaScript SDKs (@azure/communication-phone-numbers 1.5.0,
// @azure/communication-identity 1.3.1, with @azure/communication-common 2.4.2 and @azure/core-auth 1.10.1) against
// an ACS endpoint, normally the local emulator, and checks the shape of every result. One line per scenario; exit code 1 at the first mismatch, 2 for a usage error.
//
//   ACS_CONNECTION_STRING='endpoint=http://127.0.0.1:PORT/;accesskey=KEY' node scenarios.mjs
//
// The script buys, reserves and releases numbers and rewrites the SIP configuration, so it refuses any endpoint
// that is not on the loopback interface unless JS_FIDELITY_ALLOW_REMOTE=1 (never point it at a paid resource by
// accident). JS_FIDELITY_POLL_MS sets the pollers' interval (default 100 ms; the SDK's own default is 2000 ms).
// Every HTTP exchange is also checked against the recorded service behaviour by a watching pipeline policy
// (wire-audit.mjs); JS_FIDELITY_WIRE_AUDIT=0 turns that off.

import { PhoneNumbersClient, SipRoutingClient } from "@azure/communication-phone-numbers";
import { CommunicationIdentityClient } from "@azure/communication-identity";
import { AzureKeyCredential } from "@azure/core-auth";
import { AzureCommunicationTokenCredential, createIdentifierFromRawId, getIdentifierRawId } from "@azure/communication-common";
import { randomUUID } from "node:crypto";
import { createWireAudit } from "./wire-audit.mjs";

const connectionString = process.env.ACS_CONNECTION_STRING ?? process.env.COMMUNICATION_SERVICES_CONNECTION_STRING;
if (!connectionString) {
  console.error("usage: ACS_CONNECTION_STRING='endpoint=http://127.0.0.1:PORT/;accesskey=KEY' node scenarios.mjs");
  process.exit(2);
}
// same grammar as @azure/communication-common; the key only goes into an AzureKeyCredential, it is never printed
const endpointMatch = /endpoint=(.*);accesskey=(.*)/i.exec(connectionString);
if (!endpointMatch || !URL.canParse(endpointMatch[1])) {
  console.error("ACS_CONNECTION_STRING is not of the form endpoint=<url>;accesskey=<key>");
  process.exit(2);
}
const endpoint = new URL(endpointMatch[1]);
const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(endpoint.hostname);
if (!loopback && process.env.JS_FIDELITY_ALLOW_REMOTE !== "1") {
  console.error(`refusing ${endpoint.origin}: not a loopback endpoint (set JS_FIDELITY_ALLOW_REMOTE=1 to insist)`);
  process.exit(2);
}
const pollMs = Number(process.env.JS_FIDELITY_POLL_MS ?? "100");

// http:// needs allowInsecureConnection (js-sdk.md §13); every other option stays at the SDK's default. The
// audit policy only reads responses (after signing and retries), it never changes a request.
const audit = process.env.JS_FIDELITY_WIRE_AUDIT === "0" ? null : createWireAudit();
const clientOptions = {
  allowInsecureConnection: endpoint.protocol === "http:",
  ...(audit ? { additionalPolicies: [{ policy: audit.policy, position: "perRetry" }] } : {}),
};
const phoneNumbers = new PhoneNumbersClient(connectionString, clientOptions);
const sip = new SipRoutingClient(connectionString, clientOptions);
const identity = new CommunicationIdentityClient(connectionString, clientOptions);
const poll = { updateIntervalInMs: pollMs };

// ---------------------------------------------------------------------------------------------------------------
// checks

class Mismatch extends Error {}

function check(condition, what) {
  if (!condition) {
    throw new Mismatch(what);
  }
}

function show(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

function eq(actual, expected, what) {
  check(actual === expected, `${what}: expected ${show(expected)}, got ${show(actual)}`);
}

function isString(v, what) {
  check(typeof v === "string" && v.length > 0, `${what}: expected a non-empty string, got ${show(v)}`);
}

function isDate(v, what) {
  check(v instanceof Date && !Number.isNaN(v.getTime()), `${what}: expected a Date, got ${show(v)}`);
}

function near(date, expectedMs, toleranceMs, what) {
  isDate(date, what);
  const delta = date.getTime() - expectedMs;
  check(Math.abs(delta) <= toleranceMs,
    `${what}: expected about ${new Date(expectedMs).toISOString()}, got ${date.toISOString()}`);
}

const CAPABILITY = ["none", "inbound", "outbound", "inbound+outbound"];
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const E164_RE = /^\+[1-9][0-9]{6,14}$/;

function capabilities(c, what) {
  check(c && typeof c === "object", `${what}: missing`);
  check(CAPABILITY.includes(c.calling), `${what}.calling: ${show(c.calling)}`);
  check(CAPABILITY.includes(c.sms), `${what}.sms: ${show(c.sms)}`);
}

function cost(c, what) {
  check(c && typeof c === "object", `${what}: missing`);
  check(typeof c.amount === "number" && c.amount > 0, `${what}.amount: ${show(c.amount)}`);
  isString(c.currencyCode, `${what}.currencyCode`);
  eq(c.billingFrequency, "monthly", `${what}.billingFrequency`);
}

function purchasedNumber(p, what) {
  check(p && typeof p === "object", `${what}: missing`);
  check(E164_RE.test(p.phoneNumber), `${what}.phoneNumber: ${show(p.phoneNumber)}`);
  eq(p.id, p.phoneNumber.slice(1), `${what}.id (the number without +)`);
  isString(p.countryCode, `${what}.countryCode`);
  check(["geographic", "tollFree", "mobile"].includes(p.phoneNumberType), `${what}.phoneNumberType: ${show(p.phoneNumberType)}`);
  check(["person", "application"].includes(p.assignmentType), `${what}.assignmentType: ${show(p.assignmentType)}`);
  capabilities(p.capabilities, `${what}.capabilities`);
  isDate(p.purchaseDate, `${what}.purchaseDate`);
  cost(p.cost, `${what}.cost`);
}

// The purchase, release and reservation-purchase pollers resolve to {body: <final operation>} (js-sdk.md §3.2).
function finalOperation(result, operationType, idPrefix, what) {
  check(result && result.body && typeof result.body === "object", `${what}: expected {body: operation}, got ${show(result)}`);
  const op = result.body;
  eq(op.operationType, operationType, `${what}.operationType`);
  eq(op.status, "succeeded", `${what}.status`);
  check(typeof op.id === "string" && op.id.startsWith(idPrefix), `${what}.id: ${show(op.id)}`);
  eq(op.resourceLocation, null, `${what}.resourceLocation`);
  return op;
}

async function rejects(promise, what) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new Mismatch(`${what}: expected an error, the call succeeded`);
}

function restError(e, status, code, what) {
  check(e && e.name === "RestError", `${what}: expected a RestError, got ${describe(e)}`);
  eq(e.statusCode, status, `${what}: statusCode`);
  eq(e.code, code, `${what}: code`);
}

async function collect(iterable) {
  const out = [];
  for await (const item of iterable) {
    out.push(item);
  }
  return out;
}

// A readable line for anything thrown; never prints request headers (they carry the signature).
function describe(e) {
  if (e && e.name === "RestError") {
    const body = e.details && e.details.error ? ` ${show(e.details.error)}` : "";
    return `RestError ${e.statusCode ?? "(no status)"} ${e.code ?? ""}: ${e.message}${body}`;
  }
  if (e instanceof Error) {
    return `${e.name}: ${e.message}`;
  }
  return `thrown ${show(e)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// scenarios: the READMEs' ones in their order, with further checks between them; later ones use what earlier ones
// bought

const ctx = {};
const scenarios = [];
function scenario(name, body) {
  scenarios.push({ name, body });
}

// The catalog as a user's test suite meets it (issue 16): the real service's 42 countries, a US locality list longer
// than one page of 100, real area codes by locality, and the recorded null administrativeDivision of IE mobile.
// Read-only; JS_FIDELITY_ONLY=catalog runs just these (against a standalone emulator with default options).
scenario("catalog: the service's 42 countries", async () => {
  const countries = await collect(phoneNumbers.listAvailableCountries());
  eq(countries.length, 42, "number of countries");
  eq(countries[0].countryCode, "AR", "first country (sorted by name)");
  for (const code of ["US", "CA", "GB", "IE", "FR", "DE", "AU", "JP"]) {
    check(countries.some((c) => c.countryCode === code), `${code} is not listed`);
  }
  return `${countries.length} countries, ${countries[0].localizedName} first`;
});

scenario("catalog: US localities span more than one page", async () => {
  const pages = [];
  for await (const page of phoneNumbers.listAvailableLocalities("US").byPage()) {
    pages.push(page);
  }
  check(pages.length > 1, `US localities came in ${pages.length} page(s); the service's list is longer than 100`);
  eq(pages[0].length, 100, "size of the first page");
  const all = pages.flat();
  const states = new Set(all.map((l) => l.administrativeDivision?.abbreviatedName));
  check(states.size >= 51, `localities in ${states.size} states (all 50 and DC expected)`);
  return `${all.length} US localities in ${pages.length} pages across ${states.size} states`;
});

scenario("catalog: geographic area codes by locality are the real ones", async () => {
  const expected = [["US", "Anchorage", "AK", "907"], ["US", "New York", "NY", "212"], ["US", "Seattle", "WA", "206"],
    ["CA", "Toronto", "ON", "416"]];
  const found = [];
  for (const [country, locality, division, code] of expected) {
    const codes = (await collect(phoneNumbers.listAvailableGeographicAreaCodes(country, {
      locality, administrativeDivision: division }))).map((a) => a.areaCode);
    check(codes.includes(code), `${locality} ${division}: expected area code ${code}, got ${show(codes)}`);
    found.push(`${locality} ${division} → ${codes.join(",")}`);
  }
  const anchorage = await collect(phoneNumbers.listAvailableGeographicAreaCodes("US", { locality: "Anchorage",
    administrativeDivision: "AK" }));
  eq(show(anchorage.map((a) => a.areaCode)), show(["907"]), "Anchorage AK area codes");
  return found.join("; ");
});

scenario("catalog: IE mobile localities have administrativeDivision null", async () => {
  const bodies = [];
  const localities = await collect(phoneNumbers.listAvailableLocalities("IE", { phoneNumberType: "mobile",
    onResponse: (raw) => bodies.push(raw.bodyAsText ?? "") }));
  check(localities.length > 0, "no IE mobile localities");
  for (const l of localities) {
    isString(l.localizedName, "locality.localizedName");
    check(l.administrativeDivision == null, `${l.localizedName}.administrativeDivision: ${show(l.administrativeDivision)}`);
  }
  check(bodies.length > 0 && bodies.every((b) => b.includes('"administrativeDivision":null')),
    `the wire carries an explicit null: ${show(bodies)}`);
  return localities.map((l) => l.localizedName).join(", ");
});

scenario("list available countries (paged)", async () => {
  const countries = await collect(phoneNumbers.listAvailableCountries());
  check(countries.length > 0, "no countries");
  for (const c of countries) {
    isString(c.localizedName, "country.localizedName");
    check(/^[A-Z]{2}$/.test(c.countryCode), `country.countryCode: ${show(c.countryCode)}`);
  }
  check(countries.some((c) => c.countryCode === "US"), "US is not listed");
  return `${countries.length} countries`;
});

scenario("list available localities (paged, administrativeDivision with a space)", async () => {
  const all = await collect(phoneNumbers.listAvailableLocalities("US"));
  check(all.length > 0, "no US localities");
  for (const l of all) {
    isString(l.localizedName, "locality.localizedName");
    if (l.administrativeDivision != null) {
      isString(l.administrativeDivision.abbreviatedName, "locality.administrativeDivision.abbreviatedName");
    }
  }
  // "New York" is sent as New%20York but signed as New+York by the JS SDK (hmac-vectors.md V5)
  const ny = await collect(phoneNumbers.listAvailableLocalities("US", { administrativeDivision: "New York" }));
  check(ny.length > 0, "no locality in administrativeDivision New York");
  for (const l of ny) {
    eq(l.administrativeDivision?.abbreviatedName, "NY", `${l.localizedName}.administrativeDivision.abbreviatedName`);
  }
  // ~ ! ' ( ) are left alone by encodeURIComponent (the wire) but escaped by URLSearchParams (what JS signs)
  const odd = "Coeur d'Alene ~(North)!";
  try {
    await collect(phoneNumbers.listAvailableLocalities("US", { administrativeDivision: odd }));
  } catch (e) {
    check(!(e?.name === "RestError" && e.statusCode === 401), `administrativeDivision ${odd}: ${describe(e)}`);
  }
  ctx.locality = all.find((l) => l.localizedName.includes(" ") && l.administrativeDivision) ?? all[0];
  return `${all.length} localities, ${ny.length} in New York`;
});

scenario("list available area codes (toll-free, geographic, mobile)", async () => {
  const tollFree = await collect(phoneNumbers.listAvailableTollFreeAreaCodes("US"));
  check(tollFree.length > 0, "no toll-free area codes");
  for (const a of tollFree) {
    check(/^[0-9]+$/.test(a.areaCode), `tollFree areaCode: ${show(a.areaCode)}`);
  }
  const loc = ctx.locality;
  const geographic = await collect(phoneNumbers.listAvailableGeographicAreaCodes("US", {
    locality: loc.localizedName,
    administrativeDivision: loc.administrativeDivision?.abbreviatedName,
  }));
  check(geographic.length > 0, `no geographic area code for ${loc.localizedName}`);
  ctx.geographicAreaCode = geographic[0].areaCode;
  const mobile = await collect(phoneNumbers.listAvailableMobileAreaCodes("IE", { locality: "Dublin", assignmentType: "application" }));
  check(mobile.length > 0, "no mobile area code for IE/Dublin");
  return `toll-free ${tollFree.map((a) => a.areaCode).join(",")}; ${loc.localizedName} ${geographic.map((a) => a.areaCode).join(",")}; IE mobile ${mobile.map((a) => a.areaCode).join(",")}`;
});

scenario("list available offerings", async () => {
  const offerings = await collect(phoneNumbers.listAvailableOfferings("US"));
  check(offerings.length > 0, "no offerings");
  for (const o of offerings) {
    check(["geographic", "tollFree", "mobile"].includes(o.phoneNumberType), `offering.phoneNumberType: ${show(o.phoneNumberType)}`);
    check(["person", "application"].includes(o.assignmentType), `offering.assignmentType: ${show(o.assignmentType)}`);
    capabilities(o.availableCapabilities, "offering.availableCapabilities");
    cost(o.cost, "offering.cost");
  }
  const filtered = await collect(phoneNumbers.listAvailableOfferings("US", { phoneNumberType: "tollFree", assignmentType: "application" }));
  check(filtered.length > 0 && filtered.every((o) => o.phoneNumberType === "tollFree" && o.assignmentType === "application"),
    `tollFree/application filter: ${show(filtered)}`);
  return `${offerings.length} offerings, ${filtered.length} toll-free/application`;
});

scenario("search for available phone numbers (poller)", async () => {
  const searchRequest = {
    countryCode: "US",
    phoneNumberType: "tollFree",
    assignmentType: "application",
    capabilities: { sms: "outbound", calling: "none" },
    quantity: 1,
  };
  const searchPoller = await phoneNumbers.beginSearchAvailablePhoneNumbers(searchRequest, poll);
  const started = Date.now();
  const searchResults = await searchPoller.pollUntilDone();
  check(UUID_RE.test(searchResults.searchId), `searchId: ${show(searchResults.searchId)}`);
  check(Array.isArray(searchResults.phoneNumbers) && searchResults.phoneNumbers.length === 1,
    `phoneNumbers: ${show(searchResults.phoneNumbers)}`);
  check(E164_RE.test(searchResults.phoneNumbers[0]) && searchResults.phoneNumbers[0].startsWith("+1"),
    `phoneNumbers[0]: ${show(searchResults.phoneNumbers[0])}`);
  eq(searchResults.phoneNumberType, "tollFree", "phoneNumberType");
  eq(searchResults.assignmentType, "application", "assignmentType");
  eq(searchResults.capabilities.sms, "outbound", "capabilities.sms");
  eq(searchResults.capabilities.calling, "none", "capabilities.calling");
  cost(searchResults.cost, "cost");
  // the service holds a search for about 16 minutes
  near(searchResults.searchExpiresBy, started + 16 * 60_000, 2 * 60_000, "searchExpiresBy");
  eq(searchResults.error, "NoError", "error");
  eq(searchResults.isAgreementToNotResellRequired, false, "isAgreementToNotResellRequired");
  check(searchPoller.isDone(), "poller not done after pollUntilDone");
  ctx.search = searchResults;
  return `found ${searchResults.phoneNumbers[0]}, searchId ${searchResults.searchId}`;
});

scenario("purchase phone numbers from a search (poller)", async () => {
  const { searchId, phoneNumbers: found } = ctx.search;
  const purchasePoller = await phoneNumbers.beginPurchasePhoneNumbers(searchId, poll);
  const result = await purchasePoller.pollUntilDone();
  finalOperation(result, "purchase", `purchase_${searchId}`, "purchase result");
  ctx.bought = found[0];
  return `purchased ${found[0]}`;
});

scenario("get a purchased phone number", async () => {
  const phoneNumber = await phoneNumbers.getPurchasedPhoneNumber(ctx.bought);
  purchasedNumber(phoneNumber, "purchased number");
  eq(phoneNumber.phoneNumber, ctx.bought, "phoneNumber");
  eq(phoneNumber.phoneNumberType, "tollFree", "phoneNumberType");
  eq(phoneNumber.assignmentType, "application", "assignmentType");
  eq(phoneNumber.capabilities.sms, "outbound", "capabilities.sms");
  eq(phoneNumber.capabilities.calling, "none", "capabilities.calling");
  const missing = await rejects(phoneNumbers.getPurchasedPhoneNumber("+14255550123"), "get a number not owned");
  restError(missing, 404, "NotFound", "get a number not owned");
  eq(missing.message, "Input phoneNumber +14255550123 cannot be found.", "not-found message");
  return `${phoneNumber.id} is ${phoneNumber.phoneNumberType}/${phoneNumber.assignmentType}`;
});

scenario("update phone number capabilities (poller)", async () => {
  // This will update phone number to send and receive sms, but only send calls (the README's request).
  const updateRequest = { sms: "inbound+outbound", calling: "outbound" };
  const updatePoller = await phoneNumbers.beginUpdatePhoneNumberCapabilities(ctx.bought, updateRequest, poll);
  const updated = await updatePoller.pollUntilDone();
  purchasedNumber(updated, "updated number");
  eq(updated.phoneNumber, ctx.bought, "phoneNumber");
  eq(updated.capabilities.sms, "inbound+outbound", "capabilities.sms");
  eq(updated.capabilities.calling, "outbound", "capabilities.calling");
  const again = await phoneNumbers.getPurchasedPhoneNumber(ctx.bought);
  eq(again.capabilities.sms, "inbound+outbound", "capabilities.sms after a new GET");
  const notOwned = await rejects(phoneNumbers.beginUpdatePhoneNumberCapabilities("+14255550123", updateRequest, poll),
    "update a number not owned");
  restError(notOwned, 403, "InsufficientPermissions", "update a number not owned");
  eq(notOwned.message, "Phone number not owned by this resource.", "message for a number not owned");
  eq(notOwned.details?.error?.target, "phonenumber", "target for a number not owned");
  // a malformed number gets the same 403 on 2025-06-01 (wire-behaviour.md §2.6)
  const malformed = await rejects(phoneNumbers.beginUpdatePhoneNumberCapabilities("invalid_phone_number", updateRequest, poll),
    "update a malformed number");
  restError(malformed, 403, "InsufficientPermissions", "update a malformed number");
  return `calling ${updated.capabilities.calling}, sms ${updated.capabilities.sms}`;
});

scenario("browse and reserve available phone numbers", async () => {
  const browseAvailableNumberRequest = { countryCode: "US", phoneNumberType: "tollFree" };
  const browseAvailableNumbers = await phoneNumbers.browseAvailablePhoneNumbers(browseAvailableNumberRequest, {
    capabilities: { calling: "outbound" },
    assignmentType: "application",
  });
  const browsed = browseAvailableNumbers.phoneNumbers;
  check(Array.isArray(browsed) && browsed.length >= 2, `browse returned ${show(browsed?.length)} numbers`);
  for (const n of browsed) {
    check(E164_RE.test(n.phoneNumber), `browsed phoneNumber: ${show(n.phoneNumber)}`);
    eq(n.id, n.phoneNumber.slice(1), "browsed id");
    eq(n.countryCode, "US", "browsed countryCode");
    eq(n.phoneNumberType, "tollFree", "browsed phoneNumberType");
    eq(n.assignmentType, "application", "browsed assignmentType");
    eq(n.status, "available", "browsed status");
    capabilities(n.capabilities, "browsed capabilities");
    check(n.capabilities.calling.includes("outbound"), `browsed calling capability: ${show(n.capabilities.calling)}`);
    cost(n.cost, "browsed cost");
  }
  check(!browsed.some((n) => n.phoneNumber === ctx.bought), "browse offers a number this resource owns");
  const phoneNumbersList = [browsed[0], browsed[1]];
  const reservationId = randomUUID(); // the README's "reservationId" placeholder; the SDK requires a UUID
  const before = Date.now();
  const reservationResponse = await phoneNumbers.createOrUpdateReservation({ reservationId }, { add: phoneNumbersList });
  const numbersWithError = [];
  for (const number of Object.values(reservationResponse.phoneNumbers || {})) {
    if (number != null && number.status === "error") {
      numbersWithError.push(number);
    }
  }
  eq(numbersWithError.length, 0, `numbers with errors ${show(numbersWithError)}`);
  eq(reservationResponse.id, reservationId, "reservation id");
  eq(reservationResponse.status, "active", "reservation status");
  near(reservationResponse.expiresAt, before + 15 * 60_000, 2 * 60_000, "reservation expiresAt");
  const keys = Object.keys(reservationResponse.phoneNumbers || {}).sort();
  eq(show(keys), show(phoneNumbersList.map((n) => n.id).sort()), "reserved number ids");
  for (const key of keys) {
    eq(reservationResponse.phoneNumbers[key].status, "reserved", `status of ${key}`);
    eq(reservationResponse.phoneNumbers[key].phoneNumber, `+${key}`, `phoneNumber of ${key}`);
  }
  // the numbers are now held: a new browse must not offer them
  const rebrowse = await phoneNumbers.browseAvailablePhoneNumbers(browseAvailableNumberRequest, { assignmentType: "application" });
  check(!rebrowse.phoneNumbers.some((n) => keys.includes(n.id)), "browse still offers reserved numbers");
  // update the reservation: remove the second number
  const updated = await phoneNumbers.createOrUpdateReservation({ reservationId }, { remove: [phoneNumbersList[1].id] });
  eq(show(Object.keys(updated.phoneNumbers || {})), show([phoneNumbersList[0].id]), "numbers after removing one");
  const fetched = await phoneNumbers.getReservation(reservationId);
  eq(fetched.id, reservationId, "getReservation id");
  eq(fetched.status, "active", "getReservation status");
  eq(show(Object.keys(fetched.phoneNumbers || {})), show([phoneNumbersList[0].id]), "getReservation numbers");
  const listed = await collect(phoneNumbers.listReservations());
  const mine = listed.find((r) => r.id === reservationId);
  check(mine, "listReservations does not list the reservation");
  eq(mine.status, "active", "listed reservation status");
  isDate(mine.expiresAt, "listed reservation expiresAt");
  ctx.reservationId = reservationId;
  ctx.reserved = `+${phoneNumbersList[0].id}`;
  ctx.browsed = phoneNumbersList;
  return `reservation ${reservationId} holds ${ctx.reserved} (${listed.length} reservation(s) listed)`;
});

scenario("reserve a number held by another reservation (207 partial failure)", async () => {
  const [held, free] = ctx.browsed; // held by the first reservation; free again since it was removed from it
  const reservationId = randomUUID();
  const reservationResponse = await phoneNumbers.createOrUpdateReservation({ reservationId }, { add: [held, free] });
  const numbersWithError = [];
  for (const number of Object.values(reservationResponse.phoneNumbers || {})) {
    if (number != null && number.status === "error") {
      numbersWithError.push(number);
    }
  }
  eq(show(numbersWithError.map((n) => n.id)), show([held.id]), "numbers with errors");
  eq(numbersWithError[0].error?.code, "NumberNotAvailable", "error code of the held number");
  isString(numbersWithError[0].error?.message, "error message of the held number");
  eq(reservationResponse.phoneNumbers[free.id]?.status, "reserved", "status of the free number");
  await phoneNumbers.deleteReservation(reservationId);
  return `${held.phoneNumber} refused (NumberNotAvailable), ${free.phoneNumber} reserved, reservation deleted`;
});

scenario("delete a reservation", async () => {
  const reservationId = randomUUID();
  const empty = await phoneNumbers.createOrUpdateReservation({ reservationId });
  eq(show(empty.phoneNumbers), "{}", "an empty reservation's phoneNumbers");
  const emptyPurchase = await rejects(phoneNumbers.beginReservationPurchase(reservationId, poll), "purchase an empty reservation");
  restError(emptyPurchase, 400, "ReservationIsEmpty", "purchase an empty reservation");
  await phoneNumbers.deleteReservation(reservationId);
  const gone = await rejects(phoneNumbers.getReservation(reservationId), "get a deleted reservation");
  restError(gone, 404, "ReservationNotFound", "get a deleted reservation");
  return `reservation ${reservationId} created empty, deleted, then 404`;
});

scenario("purchase reservation (poller)", async () => {
  const reservationId = ctx.reservationId;
  const purchasePoller = await phoneNumbers.beginReservationPurchase(reservationId, poll);
  const purchaseResult = await purchasePoller.pollUntilDone();
  finalOperation(purchaseResult, "reservationPurchase", `reservationPurchase_${reservationId}`, "reservation purchase result");
  const owned = await phoneNumbers.getPurchasedPhoneNumber(ctx.reserved);
  purchasedNumber(owned, "number bought through the reservation");
  eq(owned.phoneNumberType, "tollFree", "phoneNumberType");
  const after = await phoneNumbers.getReservation(reservationId);
  eq(after.status, "completed", "reservation status after the purchase");
  return `purchased ${ctx.reserved} through reservation ${reservationId}`;
});

scenario("concurrent searches and reservations never share a number", async () => {
  const request = {
    countryCode: "US", phoneNumberType: "geographic", assignmentType: "application",
    capabilities: { calling: "inbound+outbound", sms: "none" }, areaCode: ctx.geographicAreaCode, quantity: 2,
  };
  const results = await Promise.all(Array.from({ length: 6 }, async () =>
    (await phoneNumbers.beginSearchAvailablePhoneNumbers(request, poll)).pollUntilDone()));
  const held = results.flatMap((r) => r.phoneNumbers);
  eq(held.length, 12, "numbers held by six searches of two");
  eq(new Set(held).size, held.length, `distinct numbers among ${show(held)}`);
  check(held.every((n) => n.startsWith(`+1${ctx.geographicAreaCode}`)), `area code ${ctx.geographicAreaCode}: ${show(held)}`);
  // six parties race for the same browsed number: exactly one reservation gets it
  const { phoneNumbers: offered } = await phoneNumbers.browseAvailablePhoneNumbers({ countryCode: "US", phoneNumberType: "tollFree" },
    { assignmentType: "application" });
  const target = offered[0];
  const ids = Array.from({ length: 6 }, () => randomUUID());
  const reservations = await Promise.all(ids.map((reservationId) =>
    phoneNumbers.createOrUpdateReservation({ reservationId }, { add: [target] })));
  const winners = reservations.filter((r) => r.phoneNumbers?.[target.id]?.status === "reserved");
  const losers = reservations.filter((r) => r.phoneNumbers?.[target.id]?.status === "error");
  eq(winners.length, 1, "reservations holding the contested number");
  eq(losers.length, 5, "reservations refused the contested number");
  check(losers.every((r) => r.phoneNumbers[target.id].error?.code === "NumberNotAvailable"), "refusal code");
  await Promise.all(ids.map((reservationId) => phoneNumbers.deleteReservation(reservationId)));
  return `12 distinct numbers held by 6 concurrent searches; 1 of 6 concurrent reservations got ${target.phoneNumber}`;
});

scenario("list purchased phone numbers (paged)", async () => {
  const phoneNumbersList = await collect(phoneNumbers.listPurchasedPhoneNumbers());
  for (const p of phoneNumbersList) {
    purchasedNumber(p, `listed ${p?.phoneNumber}`);
  }
  const listed = phoneNumbersList.map((p) => p.phoneNumber);
  check(listed.includes(ctx.bought), `${ctx.bought} is not listed`);
  check(listed.includes(ctx.reserved), `${ctx.reserved} is not listed`);
  // small pages: the relative nextLink must be followed to the end, without repeats or gaps
  const pages = [];
  for await (const page of phoneNumbers.listPurchasedPhoneNumbers({ top: 1 }).byPage()) {
    pages.push(page.map((p) => p.phoneNumber));
  }
  eq(pages.length, listed.length, "number of pages of one item");
  check(pages.every((p) => p.length === 1), `page sizes ${show(pages.map((p) => p.length))}`);
  eq(show(pages.flat().sort()), show([...listed].sort()), "numbers seen page by page");
  return `${listed.length} purchased numbers, ${pages.length} pages of 1`;
});

scenario("resume paging (continuationToken) and a poller (resumeFrom)", async () => {
  // the continuation token is the absolute next-page URL (js-sdk.md §10)
  const all = (await collect(phoneNumbers.listPurchasedPhoneNumbers())).map((p) => p.phoneNumber);
  check(all.length >= 2, `need two purchased numbers, have ${all.length}`);
  const token = `${endpoint.origin}/phoneNumbers?api-version=2025-06-01&top=1&skip=1`;
  const resumed = [];
  for await (const page of phoneNumbers.listPurchasedPhoneNumbers().byPage({ continuationToken: token })) {
    resumed.push(...page.map((p) => p.phoneNumber));
  }
  eq(show(resumed), show(all.slice(1)), "numbers from the second page on");
  const request = {
    countryCode: "US", phoneNumberType: "tollFree", assignmentType: "application",
    capabilities: { calling: "outbound", sms: "none" }, quantity: 1,
  };
  const first = await phoneNumbers.beginSearchAvailablePhoneNumbers(request, poll);
  const state = first.toString();
  first.stopPolling();
  const again = await phoneNumbers.beginSearchAvailablePhoneNumbers(request, { ...poll, resumeFrom: state });
  const result = await again.pollUntilDone();
  check(state.includes(result.searchId), `resumed poller gave search ${result.searchId}, not the one in ${state}`);
  return `${resumed.length} numbers after the token; search ${result.searchId} finished by a resumed poller`;
});

scenario("search operator information", async () => {
  const basic = await phoneNumbers.searchOperatorInformation([ctx.bought]);
  check(Array.isArray(basic.values) && basic.values.length === 1, `values: ${show(basic.values)}`);
  const info = basic.values[0];
  eq(info.phoneNumber, ctx.bought, "phoneNumber");
  isString(info.nationalFormat, "nationalFormat");
  isString(info.internationalFormat, "internationalFormat");
  check(info.internationalFormat.startsWith("+1"), `internationalFormat: ${show(info.internationalFormat)}`);
  // present and null without the additional details (wire-behaviour.md §2.8)
  eq(info.isoCountryCode, null, "isoCountryCode without details");
  eq(info.operatorDetails, null, "operatorDetails without details");
  const detailed = await phoneNumbers.searchOperatorInformation([ctx.bought], { includeAdditionalOperatorDetails: true });
  const d = detailed.values[0];
  eq(d.isoCountryCode, "US", "isoCountryCode with details");
  check(["unknown", "other", "geographic", "mobile"].includes(d.numberType), `numberType: ${show(d.numberType)}`);
  check(d.operatorDetails && typeof d.operatorDetails === "object", `operatorDetails: ${show(d.operatorDetails)}`);
  isString(d.operatorDetails.name, "operatorDetails.name");
  const two = await rejects(phoneNumbers.searchOperatorInformation([ctx.bought, ctx.reserved]), "operator information for two numbers");
  restError(two, 400, "BadRequest", "operator information for two numbers");
  eq(two.message, "Can only accept one phoneNumber", "message for two numbers");
  return `${info.internationalFormat}: ${d.numberType}, ${d.operatorDetails.name}`;
});

scenario("release a purchased phone number (poller)", async () => {
  for (const phoneNumberToRelease of [ctx.bought, ctx.reserved]) {
    const releasePoller = await phoneNumbers.beginReleasePhoneNumber(phoneNumberToRelease, poll);
    const result = await releasePoller.pollUntilDone();
    finalOperation(result, "releasePhoneNumber", "release_", `release of ${phoneNumberToRelease}`);
    const gone = await rejects(phoneNumbers.getPurchasedPhoneNumber(phoneNumberToRelease), `get ${phoneNumberToRelease} after release`);
    restError(gone, 404, "NotFound", `get ${phoneNumberToRelease} after release`);
  }
  return `released ${ctx.bought} and ${ctx.reserved}`;
});

scenario("purchase a number that needs the do-not-resell agreement (FR toll-free)", async () => {
  const searchPoller = await phoneNumbers.beginSearchAvailablePhoneNumbers({
    countryCode: "FR", phoneNumberType: "tollFree", assignmentType: "application",
    capabilities: { calling: "inbound", sms: "none" }, quantity: 1,
  }, poll);
  const { searchId, phoneNumbers: found, isAgreementToNotResellRequired, cost: price } = await searchPoller.pollUntilDone();
  eq(isAgreementToNotResellRequired, true, "isAgreementToNotResellRequired");
  eq(price.amount, 8, "cost.amount of a French toll-free number");
  check(found.length === 1 && found[0].startsWith("+33"), `phoneNumbers: ${show(found)}`);
  const refused = await rejects(phoneNumbers.beginPurchasePhoneNumbers(searchId, poll), "purchase without the agreement");
  restError(refused, 400, "BadRequest", "purchase without the agreement");
  eq(refused.message, "Do not resell agreement was not provided and it is required for this purchase.", "message");
  const purchasePoller = await phoneNumbers.beginPurchasePhoneNumbers(searchId, { ...poll, agreeToNotResell: true });
  finalOperation(await purchasePoller.pollUntilDone(), "purchase", `purchase_${searchId}`, "purchase with the agreement");
  const owned = await phoneNumbers.getPurchasedPhoneNumber(found[0]);
  eq(owned.countryCode, "FR", "countryCode");
  const releasePoller = await phoneNumbers.beginReleasePhoneNumber(found[0], poll);
  finalOperation(await releasePoller.pollUntilDone(), "releasePhoneNumber", "release_", "release");
  const unknown = randomUUID();
  const missing = await rejects(phoneNumbers.beginPurchasePhoneNumbers(unknown, poll), "purchase of an unknown search");
  restError(missing, 404, "NotFound", "purchase of an unknown search");
  eq(missing.details?.error?.target, "searchid", "target of the unknown-search error");
  return `${found[0]} refused without, bought with agreeToNotResell, released`;
});

scenario("release a number the resource does not own", async () => {
  // the service accepts the release (202, .NET ReleaseUnauthorizedNumber recording); the failure can only come
  // through the operation, which the JS poller turns into a plain Error
  const releasePoller = await phoneNumbers.beginReleasePhoneNumber("+14255550123", poll);
  const e = await rejects(releasePoller.pollUntilDone(), "release of a number not owned");
  check(e instanceof Error && e.name !== "RestError", `expected a plain Error from the poller, got ${describe(e)}`);
  check(e.message.startsWith("The long-running operation has failed."), `message: ${e.message}`);
  return e.message;
});

scenario("search and browse errors (unknown country, no matching plan)", async () => {
  const badCountry = await rejects(phoneNumbers.beginSearchAvailablePhoneNumbers({
    countryCode: "XX", phoneNumberType: "tollFree", assignmentType: "application",
    capabilities: { sms: "none", calling: "outbound" }, quantity: 1,
  }, poll), "search in country XX");
  restError(badCountry, 400, "InvalidInput", "search in country XX");
  eq(badCountry.message, "Unable to parse country code.", "message for country XX");
  eq(badCountry.details?.error?.target, "countrycode", "target for country XX");
  const badBrowse = await rejects(phoneNumbers.browseAvailablePhoneNumbers({ countryCode: "INVALID", phoneNumberType: "tollFree" }),
    "browse in country INVALID");
  restError(badBrowse, 400, "InvalidInput", "browse in country INVALID");
  const noPlan = await rejects(phoneNumbers.beginSearchAvailablePhoneNumbers({
    countryCode: "US", phoneNumberType: "tollFree", assignmentType: "person",
    capabilities: { sms: "none", calling: "outbound" }, quantity: 1,
  }, poll), "search for a plan that does not exist");
  restError(noPlan, 400, "InternalError", "search for a plan that does not exist");
  eq(noPlan.details?.error?.innerError?.code, "BadRequest", "innerError.code of the no-plan error");
  eq(noPlan.details?.error?.innerError?.message, "We are unable to find phone plans to match your requested capabilities.",
    "innerError.message of the no-plan error");
  return `XX → ${badCountry.statusCode} ${badCountry.code}; person toll-free → ${noPlan.statusCode} ${noPlan.code}`;
});

// --- SipRoutingClient -------------------------------------------------------------------------------------------

scenario("SIP: retrieve trunks and routes", async () => {
  const trunks = await collect(sip.listTrunks());
  const routes = await collect(sip.listRoutes());
  for (const t of trunks) {
    isString(t.fqdn, "trunk.fqdn");
    check(Number.isInteger(t.sipSignalingPort), `trunk.sipSignalingPort: ${show(t.sipSignalingPort)}`);
  }
  for (const r of routes) {
    isString(r.name, "route.name");
    isString(r.numberPattern, "route.numberPattern");
  }
  ctx.sipBefore = { trunks: trunks.length, routes: routes.length };
  return `${trunks.length} trunk(s), ${routes.length} route(s)`;
});

scenario("SIP: replace trunks and routes", async () => {
  const setTrunks = await sip.setTrunks([
    { fqdn: "sbc.one.domain.com", sipSignalingPort: 1234 },
    { fqdn: "sbc.two.domain.com", sipSignalingPort: 1234 },
  ]);
  eq(show(setTrunks.map((t) => `${t.fqdn}:${t.sipSignalingPort}`).sort()),
    show(["sbc.one.domain.com:1234", "sbc.two.domain.com:1234"]), "setTrunks result");
  const routes = [
    { name: "First Route", description: "route's description", numberPattern: "^+[1-9][0-9]{3,23}$", trunks: ["sbc.one.domain.com"] },
    { name: "Second Route", description: "route's description", numberPattern: "^.*$", trunks: ["sbc.two.domain.com", "sbc.one.domain.com"] },
  ];
  const setRoutes = await sip.setRoutes(routes);
  eq(show(setRoutes.map((r) => [r.name, r.numberPattern, r.description, r.trunks])),
    show(routes.map((r) => [r.name, r.numberPattern, r.description, r.trunks])), "setRoutes result (order kept)");
  const trunks = await collect(sip.listTrunks());
  eq(trunks.length, 2, "trunks listed after setTrunks");
  const listedRoutes = await collect(sip.listRoutes());
  eq(show(listedRoutes.map((r) => r.name)), show(["First Route", "Second Route"]), "routes listed after setRoutes");
  return "2 trunks, 2 routes";
});

scenario("SIP: invalid configurations are refused and change nothing", async () => {
  const before = show({ trunks: await collect(sip.listTrunks()), routes: await collect(sip.listRoutes()) });
  const cases = [
    ["trunk FQDN -1", () => sip.setTrunk({ fqdn: "-1", sipSignalingPort: 5060 }), 422, "InvalidTrunkFqdn"],
    ["route to an unknown trunk", () => sip.setRoutes([{ name: "r", numberPattern: "^.*$", trunks: ["sbc.unknown.domain.com"] }]), 422, "MissingTrunk"],
    ["route with an empty name", () => sip.setRoutes([{ name: "", numberPattern: "^.*$", trunks: ["sbc.one.domain.com"] }]), 422, "InvalidRouteName"],
    ["route with an empty pattern", () => sip.setRoutes([{ name: "r", numberPattern: "", trunks: ["sbc.one.domain.com"] }]), 422, "InvalidRouteNumberPattern"],
    ["route listing a trunk twice", () => sip.setRoutes([{ name: "r", numberPattern: "^.*$", trunks: ["sbc.one.domain.com", "sbc.one.domain.com"] }]), 400, "RouteWithDuplicatedTrunk"],
  ];
  for (const [what, call, status, inner] of cases) {
    const e = await rejects(call(), what);
    restError(e, status, "UnprocessableConfiguration", what);
    eq(e.details?.error?.innerError?.code, inner, `${what}: innerError.code`);
  }
  const after = show({ trunks: await collect(sip.listTrunks()), routes: await collect(sip.listRoutes()) });
  eq(after, before, "configuration after the refused PATCHes");
  return cases.map((c) => `${c[2]} ${c[3]}`).join(", ");
});

scenario("SIP: retrieve single trunk", async () => {
  const trunk = await sip.getTrunk("sbc.one.domain.com");
  eq(trunk?.fqdn, "sbc.one.domain.com", "trunk.fqdn");
  eq(trunk?.sipSignalingPort, 1234, "trunk.sipSignalingPort");
  // a missing trunk is a client-side plain object {code: "NotFound"} (js-sdk.md §5)
  const missing = await rejects(sip.getTrunk("sbc.absent.domain.com"), "getTrunk of an unknown trunk");
  eq(missing?.code, "NotFound", "getTrunk of an unknown trunk: code");
  return `${trunk.fqdn}:${trunk.sipSignalingPort}`;
});

scenario("SIP: set single trunk", async () => {
  const set = await sip.setTrunk({ fqdn: "sbc.one.domain.com", sipSignalingPort: 4321 });
  eq(set.sipSignalingPort, 4321, "setTrunk result port");
  const trunk = await sip.getTrunk("sbc.one.domain.com");
  eq(trunk.sipSignalingPort, 4321, "port after setTrunk");
  const other = await sip.getTrunk("sbc.two.domain.com");
  eq(other.sipSignalingPort, 1234, "the other trunk is untouched");
  const invalid = await rejects(sip.setTrunk({ fqdn: "sbc.one.domain.com", sipSignalingPort: 0 }), "setTrunk with port 0");
  restError(invalid, 422, "UnprocessableConfiguration", "setTrunk with port 0");
  eq(invalid.details?.error?.innerError?.code, "InvalidTrunkSipSignalingPort", "innerError.code for port 0");
  eq((await sip.getTrunk("sbc.one.domain.com")).sipSignalingPort, 4321, "port after a rejected PATCH");
  return "sbc.one.domain.com:4321";
});

scenario("SIP: delete single trunk", async () => {
  // both routes still use sbc.one: the service refuses to orphan them
  const orphan = await rejects(sip.deleteTrunk("sbc.one.domain.com"), "deleteTrunk of a routed trunk");
  restError(orphan, 422, "UnprocessableConfiguration", "deleteTrunk of a routed trunk");
  eq(orphan.details?.error?.innerError?.code, "MissingTrunk", "innerError.code for an orphaned route");
  const duplicate = await rejects(sip.setRoutes([
    { name: "Same", numberPattern: "^.*$", trunks: ["sbc.two.domain.com"] },
    { name: "Same", numberPattern: "^1.*$", trunks: ["sbc.two.domain.com"] },
  ]), "setRoutes with a duplicated name");
  restError(duplicate, 400, "UnprocessableConfiguration", "setRoutes with a duplicated name");
  eq(duplicate.details?.error?.innerError?.code, "DuplicatedRoute", "innerError.code for duplicated routes");
  await sip.setRoutes([{ name: "Second Route", numberPattern: "^.*$", trunks: ["sbc.two.domain.com"] }]);
  await sip.deleteTrunk("sbc.one.domain.com");
  const missing = await rejects(sip.getTrunk("sbc.one.domain.com"), "getTrunk after deleteTrunk");
  eq(missing?.code, "NotFound", "getTrunk after deleteTrunk: code");
  const trunks = await collect(sip.listTrunks());
  eq(show(trunks.map((t) => t.fqdn)), show(["sbc.two.domain.com"]), "trunks after deleteTrunk");
  // deleting an absent trunk is a no-op on the service
  await sip.deleteTrunk("sbc.never.domain.com");
  // leave the configuration empty
  await sip.setRoutes([]);
  await sip.setTrunks([]);
  eq((await collect(sip.listTrunks())).length, 0, "trunks after clean-up");
  eq((await collect(sip.listRoutes())).length, 0, "routes after clean-up");
  return "deleted sbc.one.domain.com (422 MissingTrunk while routed)";
});

// --- CommunicationIdentityClient --------------------------------------------------------------------------------

function accessToken(t, expectedExpiryMs, what) {
  check(t && typeof t.token === "string", `${what}: token missing`);
  eq(t.token.split(".").length, 3, `${what}: JWT segments`);
  near(t.expiresOn, expectedExpiryMs, 2 * 60_000, `${what}.expiresOn`);
}

scenario("identity: create a user, get and refresh a token", async () => {
  const user = await identity.createUser();
  check(typeof user.communicationUserId === "string" && user.communicationUserId.startsWith("8:acs:"),
    `communicationUserId: ${show(user.communicationUserId)}`);
  const first = await identity.getToken(user, ["chat"]);
  accessToken(first, Date.now() + 24 * 3_600_000, "getToken");
  const refreshed = await identity.getToken(user, ["chat"]);
  accessToken(refreshed, Date.now() + 24 * 3_600_000, "refreshed getToken");
  const short = await identity.getToken(user, ["chat", "voip"], { tokenExpiresInMinutes: 60 });
  accessToken(short, Date.now() + 60 * 60_000, "getToken with tokenExpiresInMinutes 60");
  const tooShort = await rejects(identity.getToken(user, ["chat"], { tokenExpiresInMinutes: 59 }), "getToken for 59 minutes");
  check(tooShort?.name === "RestError" && tooShort.statusCode === 400, `getToken for 59 minutes: ${describe(tooShort)}`);
  ctx.user = user;
  return `${user.communicationUserId.slice(0, 14)}…, tokens until ${first.expiresOn.toISOString()}`;
});

scenario("identity: the token works in AzureCommunicationTokenCredential (chat and calling SDKs)", async () => {
  // chat and calling clients read the token's exp claim through communication-common
  const { token, expiresOn } = await identity.getToken(ctx.user, ["chat", "voip"]);
  const credential = new AzureCommunicationTokenCredential(token);
  const accessToken = await credential.getToken();
  eq(accessToken.token, token, "credential token");
  eq(accessToken.expiresOnTimestamp, expiresOn.getTime(), "exp claim vs expiresOn");
  credential.dispose();
  const identifier = createIdentifierFromRawId(ctx.user.communicationUserId);
  eq(identifier.kind, "communicationUser", "identifier kind of the user id");
  eq(getIdentifierRawId(identifier), ctx.user.communicationUserId, "raw id round trip");
  return `exp ${new Date(accessToken.expiresOnTimestamp).toISOString()} matches expiresOn`;
});

scenario("identity: create a user and a token in one request", async () => {
  const { user, token, expiresOn } = await identity.createUserAndToken(["chat"]);
  check(user.communicationUserId.startsWith("8:acs:"), `communicationUserId: ${show(user.communicationUserId)}`);
  accessToken({ token, expiresOn }, Date.now() + 24 * 3_600_000, "createUserAndToken");
  const custom = await identity.createUserAndToken(["chat"], { tokenExpiresInMinutes: 60 });
  accessToken(custom, Date.now() + 60 * 60_000, "createUserAndToken with tokenExpiresInMinutes 60");
  ctx.secondUser = user;
  return "user and token in one call";
});

scenario("identity: exchange a Teams user's token (emulator test token)", async () => {
  // The emulator cannot check Entra ID tokens offline; it takes emulator-teams:<appId>:<userId> instead.
  const clientId = randomUUID();
  const userObjectId = randomUUID();
  const exchanged = await identity.getTokenForTeamsUser({
    teamsUserAadToken: `emulator-teams:${clientId}:${userObjectId}`, clientId, userObjectId,
  });
  accessToken(exchanged, Date.now() + 60 * 60_000, "getTokenForTeamsUser");
  const invalid = await rejects(identity.getTokenForTeamsUser({
    teamsUserAadToken: "not-a-token", clientId, userObjectId,
  }), "getTokenForTeamsUser with an invalid token");
  restError(invalid, 401, "InvalidAccessToken", "getTokenForTeamsUser with an invalid token");
  return "Teams token exchanged";
});

scenario("identity: revoke tokens and delete users", async () => {
  await identity.revokeTokens(ctx.user);
  // tokens issued after a revocation are valid again
  accessToken(await identity.getToken(ctx.user, ["voip"]), Date.now() + 24 * 3_600_000, "getToken after revokeTokens");
  await identity.deleteUser(ctx.user);
  await identity.deleteUser(ctx.secondUser);
  const afterDelete = await rejects(identity.getToken(ctx.user, ["chat"]), "getToken for a deleted user");
  check(afterDelete?.name === "RestError" && afterDelete.statusCode >= 400 && afterDelete.statusCode < 500,
    `getToken for a deleted user: ${describe(afterDelete)}`);
  return `revoked, deleted 2 users (then ${afterDelete.statusCode} ${afterDelete.code})`;
});

// --- the README's other way to authenticate: endpoint + AzureKeyCredential ---------------------------------------

scenario("authenticate with an endpoint and AzureKeyCredential (all three clients)", async () => {
  const credential = new AzureKeyCredential(endpointMatch[2]);
  const url = endpointMatch[1];
  // acceptLanguage reaches the wire only with this constructor (js-sdk.md §2)
  const pn = new PhoneNumbersClient(url, credential, { ...clientOptions, acceptLanguage: "fr-FR" });
  const countries = await collect(pn.listAvailableCountries());
  check(countries.some((c) => c.countryCode === "US"), "US is not listed");
  const sipClient = new SipRoutingClient(url, credential, clientOptions);
  check(Array.isArray(await collect(sipClient.listRoutes())), "listRoutes");
  const id = new CommunicationIdentityClient(url, credential, clientOptions);
  const user = await id.createUser();
  check(user.communicationUserId.startsWith("8:acs:"), `communicationUserId: ${show(user.communicationUserId)}`);
  await id.deleteUser(user);
  return `${countries.length} countries (Accept-Language fr-FR), SIP and identity calls signed with the key credential`;
});

// ---------------------------------------------------------------------------------------------------------------

// JS_FIDELITY_ONLY=catalog runs only the scenarios whose name starts with "catalog:"
const only = process.env.JS_FIDELITY_ONLY;
const selected = only ? scenarios.filter((s) => s.name.startsWith(`${only}:`)) : scenarios;
if (selected.length === 0) {
  console.error(`JS_FIDELITY_ONLY=${only} selects no scenario`);
  process.exit(2);
}
const startedAll = Date.now();
let n = 0;
for (const { name, body } of selected) {
  n++;
  const started = Date.now();
  let detail;
  try {
    detail = await body();
  } catch (e) {
    const why = e instanceof Mismatch ? e.message : `unexpected ${describe(e)}`;
    console.log(`FAIL ${String(n).padStart(2)} ${name} (${Date.now() - started} ms): ${why}`);
    for (const finding of audit?.take() ?? []) {
      console.log(`     wire: ${finding}`);
    }
    process.exit(1);
  }
  const findings = audit?.take() ?? [];
  if (findings.length > 0) {
    console.log(`FAIL ${String(n).padStart(2)} ${name} (${Date.now() - started} ms): the responses differ from the service's`);
    for (const finding of findings) {
      console.log(`     wire: ${finding}`);
    }
    process.exit(1);
  }
  console.log(`ok   ${String(n).padStart(2)} ${name} (${Date.now() - started} ms)${detail ? ` — ${detail}` : ""}`);
}
const audited = audit ? `, ${audit.exchanges()} HTTP exchanges audited` : "";
console.log(`all ${selected.length} JavaScript SDK scenarios passed against ${endpoint.origin} in ${Date.now() - startedAll} ms${audited}`);
