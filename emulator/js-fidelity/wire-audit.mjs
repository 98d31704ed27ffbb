// A pipeline policy that only watches: it sits after the SDK's signing and retry policies (position "perRetry"),
// sees every HTTP exchange exactly as sent and received, and records where a response differs from what the real
// service sends according to shared/reference/notes/wire-behaviour.md (section numbers below refer to it). The
// requests themselves are not changed, so the scenarios still run the SDK as shipped.
//
// These are facts a caller of the SDK does not see directly (the SDK hides headers, raw bodies and key order), but
// a different client, or a different version of this SDK, would.

const PN_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/;
const MIN_DATE = "0001-01-01T00:00:00+00:00";
const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const POLL_KEYS = ["operationType", "status", "resourceLocation", "createdDateTime", "id", "lastActionDateTime"];
const CATALOG_CACHE = "max-age=21600, private, stale-while-revalidate=86400";
const SIP_VERSIONS = "2023-03-01, 2023-04-01-preview, 2024-11-15-preview";
// phone numbers' api-supported-versions by route family (§1.3, June 2025)
const PN_VERSIONS = ["2021-03-07", "2022-01-11-preview2", "2022-06-01-preview", "2022-12-01", "2022-12-02-preview2",
  "2023-04-30-preview", "2023-05-01-preview", "2023-10-01-preview", "2024-03-01-preview", "2024-04-30-preview",
  "2024-05-01-preview", "2024-08-31-preview", "2025-02-11", "2025-04-01-preview", "2025-04-01", "2025-04-15-preview",
  "2025-06-01"];
const PN_OPERATION_VERSIONS = [...PN_VERSIONS, "2022-11-15-preview", "2023-10-01-preview2"].sort();
const BROWSE_VERSIONS = PN_VERSIONS.slice(PN_VERSIONS.indexOf("2023-04-30-preview"));

// LRO starts (§2.3–2.6, §2.9): kind, operationType, the id header, the Expose-Headers list, whether Location is sent
const LRO_STARTS = [
  { method: "POST", path: /^\/availablePhoneNumbers\/countries\/[A-Za-z]+\/:search$/, kind: "search",
    idHeader: "search-id", expose: "Location,Operation-Location,operation-id,search-id", location: "searchResults" },
  { method: "POST", path: /^\/availablePhoneNumbers\/:purchase$/, kind: "purchase",
    idHeader: "purchase-id", expose: "Operation-Location,operation-id,purchase-id", location: null },
  { method: "DELETE", path: /^\/phoneNumbers\/[^/]+$/, kind: "release",
    idHeader: "release-id", expose: "Operation-Location,operation-id,release-id", location: null },
  { method: "PATCH", path: /^\/phoneNumbers\/[^/]+\/capabilities$/, kind: "capabilities",
    idHeader: "capabilities-id", expose: "Operation-Location,Location,operation-id,capabilities-id", location: "number" },
  { method: "POST", path: /^\/availablePhoneNumbers\/reservations\/[^/]+\/:purchase$/, kind: "reservationPurchase",
    idHeader: "reservation-purchase-id",
    expose: "Location,Operation-Location,operation-id,reservation-purchase-id", location: null },
];
const OPERATION_TYPES = {
  search: "search", purchase: "purchase", release: "releasePhoneNumber",
  capabilities: "updatePhoneNumberCapabilities", reservationPurchase: "reservationPurchase",
};

/** Creates the audit: `policy` goes into additionalPolicies, `take()` returns and clears the findings. */
export function createWireAudit() {
  const findings = [];
  const seenReservations = new Set();
  const searchCreated = new Map(); // searchId -> createdDateTime of the search operation
  let exchanges = 0;

  function note(method, url, text) {
    findings.push(`${method} ${url.pathname}${url.search}: ${text}`);
  }

  function audit(request, response) {
    exchanges++;
    const url = new URL(request.url);
    const path = decodeURIComponentSafe(url.pathname);
    const rawPath = url.pathname;
    const method = request.method;
    const status = response.status;
    const h = (name) => response.headers.get(name);
    const text = response.bodyAsText ?? "";
    const apiVersion = url.searchParams.get("api-version");
    const say = (t) => note(method, url, t);
    const identity = rawPath.startsWith("/identities") || rawPath.startsWith("/teamsUser");
    const sip = rawPath === "/sip";

    // §1.1: every request the JS SDK signs must be accepted, whichever query form it signed. (A Teams token
    // refused by identity is a 401 too, but with its own code; Denied is the authentication refusal.)
    if (status === 401 && !/"code":"InvalidAccessToken"/.test(text)) {
      say(`401 for a request signed by the JS SDK: ${text}`);
      return;
    }
    let body;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        say(`body is not JSON: ${text.slice(0, 120)}`);
        return;
      }
    }
    if (identity) {
      return; // wire-behaviour.md has no recordings of identity traffic; the SDK's own checks apply
    }
    // §1.3 response headers
    if (status < 300 && !h("api-supported-versions")) {
      say("no api-supported-versions header");
    } else if (status < 300 && !sip) {
      const listed = h("api-supported-versions").split(",").map((v) => v.trim());
      const sorted = [...listed].sort();
      let expected = PN_VERSIONS;
      let family = "phone numbers";
      if (rawPath.startsWith("/phoneNumbers/operations/")) {
        expected = PN_OPERATION_VERSIONS;
        family = "operations";
      } else if (/^\/availablePhoneNumbers\/(reservations|countries\/[^/]+\/:browse)/.test(rawPath)) {
        expected = BROWSE_VERSIONS;
        family = "browse and reservations";
      } else if (rawPath.startsWith("/operatorInformation")) {
        expected = null; // starts at 2023-04-30-preview or 2023-05-01-preview, the recordings differ
        family = "operator information";
      }
      if (expected && sorted.join(",") !== [...expected].sort().join(",")) {
        say(`api-supported-versions for ${family} is ${listed.join(", ")}, the service lists ${expected.join(", ")}`);
      }
      if (!listed.includes("2025-06-01")) {
        say(`api-supported-versions for ${family} lacks 2025-06-01`);
      }
    }
    if (h("x-ms-error-code") != null) {
      say(`x-ms-error-code header ${h("x-ms-error-code")} (the service sends none)`);
    }
    if (text.length > 0) {
      const expected = status >= 400 ? "application/json" : "application/json; charset=utf-8";
      if (h("content-type") !== expected) {
        say(`Content-Type ${h("content-type")}, the service sends ${expected}`);
      }
    }
    // §1.4 error envelope
    if (status >= 400) {
      if (!body || !body.error || typeof body.error.code !== "string" || typeof body.error.message !== "string") {
        say(`error body is not {"error":{"code","message"}}: ${text}`);
      } else if (/"innerError"/.test(text)) {
        say("error body spells innerError; the service writes innererror");
      }
      return;
    }
    if (status === 202 || rawPath.startsWith("/phoneNumbers/operations/")) {
      if (h("retry-after") != null) {
        say(`Retry-After ${h("retry-after")} on an LRO response (the service sends none, §1.3)`);
      }
    }
    // §1.5 dates
    for (const [key, value] of dateFields(body)) {
      if (key === "lastActionDateTime") {
        if (value !== MIN_DATE) {
          say(`lastActionDateTime ${value}, the service always sends ${MIN_DATE}`);
        }
      } else if (!PN_DATE.test(value)) {
        say(`${key} ${value} is not in the service's form 2025-06-17T16:40:22.5120904+00:00`);
      }
    }

    const start = LRO_STARTS.find((s) => s.method === method && s.path.test(path));
    if (start && status !== 202) {
      say(`status ${status}, the service answers 202`);
    }
    if (start && status === 202) {
      auditLroStart(start, request, response, body, text, apiVersion, say);
      return;
    }
    if (method === "GET" && rawPath.startsWith("/phoneNumbers/operations/")) {
      auditPoll(rawPath, response, body, text, say);
      return;
    }
    if (method === "GET" && rawPath === "/phoneNumbers") {
      auditNextLink(body, text, "phoneNumbers", "/phoneNumbers?", false, say);
      return;
    }
    if (method === "GET" && /^\/availablePhoneNumbers\/countries(\/[^/]+\/(localities|areaCodes|offerings))?$/.test(rawPath)) {
      const items = { countries: "countries", localities: "phoneNumberLocalities", areaCodes: "areaCodes",
        offerings: "phoneNumberOfferings" }[rawPath.split("/").pop()];
      auditNextLink(body, text, items, `${rawPath}?`, true, say);
      if (h("cache-control") !== CATALOG_CACHE) {
        say(`Cache-Control ${h("cache-control")}, catalog answers carry ${CATALOG_CACHE} (§1.3)`);
      }
      return;
    }
    if (method === "GET" && rawPath === "/availablePhoneNumbers/reservations") {
      auditNextLink(body, text, "reservations", `${rawPath}?`, true, say);
      for (const r of body?.reservations ?? []) {
        if ("phoneNumbers" in r) {
          say("listed reservations carry phoneNumbers; the service lists them without (§2.9)");
          break;
        }
      }
      return;
    }
    const reservation = /^\/availablePhoneNumbers\/reservations\/([^/:]+)$/.exec(rawPath);
    if (reservation && method === "PATCH") {
      const id = reservation[1].toLowerCase();
      const first = !seenReservations.has(id);
      seenReservations.add(id);
      // 207 (some numbers refused) is recorded without saying whether the PATCH created the reservation
      if (first && status !== 201 && status !== 207) {
        say(`creating a reservation answered ${status}, the service answers 201 (207 when numbers are refused)`);
      }
      if (!first && status === 201) {
        say("updating a reservation answered 201, the service answers 200 (or 207)");
      }
      if (status === 201 && h("location") !== `/availablePhoneNumbers/reservations/${reservation[1]}`) {
        say(`Location ${h("location")}, the service sends /availablePhoneNumbers/reservations/<id> without api-version`);
      }
      return;
    }
    if (reservation && method === "DELETE" && (status !== 204 || text.length > 0)) {
      say(`deleting a reservation answered ${status} with ${text.length} body bytes, the service answers 204 empty`);
    }
    if (method === "POST" && /^\/availablePhoneNumbers\/countries\/[^/]+\/:browse$/.test(rawPath) && body && "nextLink" in body) {
      say("browse answer with a nextLink; the service sends none (§2.9)");
    }
    if (method === "POST" && rawPath === "/operatorInformation/:search") {
      for (const v of body?.values ?? []) {
        for (const key of ["nationalFormat", "internationalFormat", "isoCountryCode", "numberType", "operatorDetails"]) {
          if (!(key in v)) {
            say(`operator information item without ${key}; the service sends it (null when unknown, §2.8)`);
          }
        }
      }
      return;
    }
    if (sip) {
      if (h("api-supported-versions") !== SIP_VERSIONS) {
        say(`api-supported-versions ${h("api-supported-versions")}, the service lists ${SIP_VERSIONS} (§1.3)`);
      }
      for (const key of ["trunks", "routes"]) {
        if (!body || !(key in body)) {
          say(`SIP configuration without ${key}; the service always sends it (§3.1)`);
        }
      }
      if (apiVersion === "2023-03-01" && body) {
        if ("domains" in body) {
          say("2023-03-01 SIP configuration carries domains (only 2024-11-15-preview has them)");
        }
        // the stable version's trunk is {sipSignalingPort}; callerIdOverride and health are preview-only (§3.2)
        for (const [fqdn, trunk] of Object.entries(body.trunks ?? {})) {
          const keys = Object.keys(trunk ?? {});
          if (keys.join(",") !== "sipSignalingPort") {
            say(`2023-03-01 trunk ${fqdn} has ${keys.join(",")}; the stable version has only sipSignalingPort`);
          }
        }
        for (const route of body.routes ?? []) {
          if ("callerIdOverride" in route) {
            say(`2023-03-01 route ${route.name} has callerIdOverride (only 2024-11-15-preview answers it)`);
          }
        }
      }
    }
  }

  function auditLroStart(start, request, response, body, text, apiVersion, say) {
    const h = (name) => response.headers.get(name);
    const opId = h("operation-id") ?? "";
    const m = new RegExp(`^${start.kind}_(${UUID})$`, "i").exec(opId);
    if (!m) {
      say(`operation-id ${opId}, the service sends ${start.kind}_<guid>`);
      return;
    }
    const expectedOpLoc = `/phoneNumbers/operations/${opId}?api-version=${apiVersion}`;
    if (h("operation-location") !== expectedOpLoc) {
      say(`Operation-Location ${h("operation-location")}, the service sends ${expectedOpLoc} (relative, §5)`);
    }
    if (h(start.idHeader) !== m[1]) {
      say(`${start.idHeader} ${h(start.idHeader)}, expected ${m[1]}`);
    }
    if (h("access-control-expose-headers") !== start.expose) {
      say(`Access-Control-Expose-Headers ${h("access-control-expose-headers")}, the service sends ${start.expose}`);
    }
    if (start.kind === "purchase") {
      const searchId = safeJson(request.body)?.searchId;
      if (searchId && m[1] !== searchId) {
        say(`purchase id ${m[1]} differs from the search id ${searchId} (the service reuses it, §2.4)`);
      }
    }
    if (start.kind === "reservationPurchase") {
      const reservationId = new URL(request.url).pathname.split("/")[3];
      if (m[1].toLowerCase() !== reservationId.toLowerCase()) {
        say(`reservation purchase id ${m[1]} differs from the reservation id ${reservationId} (§2.9)`);
      }
    }
    const location = h("location");
    if (start.location === "searchResults") {
      const expected = `/availablePhoneNumbers/searchResults/${m[1]}?api-version=${apiVersion}`;
      if (location !== expected) {
        say(`Location ${location}, the service sends ${expected}`);
      }
    } else if (start.location === "number") {
      const number = decodeURIComponentSafe(new URL(request.url).pathname.split("/")[2]);
      const expected = `/phoneNumbers/${number}?api-version=${apiVersion}`;
      if (location !== expected) {
        say(`Location ${location}, the service sends ${expected} (literal +, §2.6)`);
      }
    } else if (location != null) {
      say(`Location ${location} on a ${start.kind} start; the service sends none`);
    }
    if (start.kind === "capabilities") {
      const keys = body ? Object.keys(body) : [];
      if (keys.length !== 1 || keys[0] !== "capabilitiesUpdateId" || body.capabilitiesUpdateId !== m[1]) {
        say(`capabilities 202 body ${text}, the service sends {"capabilitiesUpdateId":"<guid>"} (§2.6)`);
      }
    } else if (text.length > 0) {
      say(`202 with a ${text.length}-byte body; the service sends an empty body`);
    }
  }

  function auditPoll(rawPath, response, body, text, say) {
    if (!body) {
      say("empty poll body");
      return;
    }
    // a failed poll was never recorded (§5): its error member may sit anywhere, the others keep their order
    const keys = Object.keys(body).filter((k) => !(body.status === "failed" && k === "error"));
    if (keys.join(",") !== POLL_KEYS.join(",")) {
      say(`poll keys ${keys.join(",")}, the service sends ${POLL_KEYS.join(",")} (§5)`);
    }
    if (body.status === "failed" && !(body.error && typeof body.error.code === "string")) {
      say(`failed operation without an error {code, message}: ${text}`);
    }
    const opId = rawPath.split("/").pop();
    if (body.id !== opId) {
      say(`poll id ${body.id} for operation ${opId}`);
    }
    const kind = opId.split("_")[0];
    if (OPERATION_TYPES[kind] && body.operationType !== OPERATION_TYPES[kind]) {
      say(`operationType ${body.operationType}, the service sends ${OPERATION_TYPES[kind]}`);
    }
    if (!["notStarted", "running", "succeeded", "failed"].includes(body.status)) {
      say(`status ${body.status}`);
    }
    const hasResource = kind === "search" || kind === "capabilities";
    if (hasResource !== (typeof body.resourceLocation === "string")) {
      say(`resourceLocation ${body.resourceLocation} for a ${kind} operation (§5)`);
    }
    if (hasResource && response.headers.get("location") !== body.resourceLocation) {
      say(`poll Location header ${response.headers.get("location")} differs from resourceLocation ${body.resourceLocation}`);
    }
    if (kind === "reservationPurchase") {
      // these polls repeat the start's headers, with the service's own spelling slip in Expose-Headers (§2.9)
      const h = (name) => response.headers.get(name);
      const id = opId.slice("reservationPurchase_".length);
      if (h("operation-id") !== opId || h("reservation-purchase-id") !== id || !h("operation-location")) {
        say("reservation-purchase poll without the start's operation-id/reservation-purchase-id/Operation-Location");
      }
      const expose = "Location,Operation-Location,operation-id,reservationPurchase-id";
      if (h("access-control-expose-headers") !== expose) {
        say(`poll Access-Control-Expose-Headers ${h("access-control-expose-headers")}, the service sends ${expose}`);
      }
    }
    if (kind === "search") {
      searchCreated.set(opId.slice("search_".length), body.createdDateTime);
    }
    if (kind === "purchase") {
      const created = searchCreated.get(opId.slice("purchase_".length));
      if (created && created !== body.createdDateTime) {
        say(`purchase createdDateTime ${body.createdDateTime} differs from the search's ${created} (§2.4)`);
      }
    }
  }

  function auditNextLink(body, text, itemsName, prefix, explicitNull, say) {
    if (!body || !Array.isArray(body[itemsName])) {
      say(`no ${itemsName} array`);
      return;
    }
    if (!("nextLink" in body)) {
      if (explicitNull) {
        say("nextLink key absent; on this list the service sends \"nextLink\":null (§2.7)");
      }
      return;
    }
    const link = body.nextLink;
    if (link === null) {
      if (!explicitNull) {
        say("\"nextLink\":null; on purchased numbers the service leaves the key out on the last page (§2.1)");
      }
      return;
    }
    if (typeof link !== "string" || !link.startsWith(prefix)) {
      say(`nextLink ${link} is not a relative ${prefix}… link (§4.7)`);
      return;
    }
    if (!/[?&]api-version=/.test(link)) {
      say(`nextLink ${link} lost the api-version`);
    }
    // purchased numbers append skip last (§2.1); catalog lists put skip first (§2.7)
    if (!explicitNull && !/[?&]skip=\d+$/.test(link)) {
      say(`nextLink ${link} does not end with skip=N`);
    }
    if (explicitNull && itemsName !== "reservations" && !link.startsWith(`${prefix}skip=`)) {
      say(`nextLink ${link} does not start with ${prefix}skip=`);
    }
  }

  const policy = {
    name: "acsWireAudit",
    async sendRequest(request, next) {
      const response = await next(request);
      try {
        audit(request, response);
      } catch (e) {
        findings.push(`${request.method} ${request.url}: audit failed: ${e.message}`);
      }
      return response;
    },
  };

  return {
    policy,
    take() {
      return findings.splice(0, findings.length);
    },
    exchanges: () => exchanges,
  };
}

function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function safeJson(s) {
  try {
    return typeof s === "string" ? JSON.parse(s) : undefined;
  } catch {
    return undefined;
  }
}

// every date-time string of a phone-numbers body, with its key
function dateFields(body) {
  const out = [];
  const keys = new Set(["purchaseDate", "searchExpiresBy", "expiresAt", "createdDateTime", "lastActionDateTime"]);
  (function walk(v) {
    if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        if (keys.has(k) && typeof x === "string") {
          out.push([k, x]);
        } else {
          walk(x);
        }
      }
    }
  })(body);
  return out;
}
