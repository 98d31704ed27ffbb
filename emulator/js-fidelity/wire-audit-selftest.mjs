// Checks that the wire audit can fail: feeds it hand-made responses, faithful and deviating, and compares what it
// reports. No network. Exit code 1 on the first wrong verdict.

import { createWireAudit } from "./wire-audit.mjs";

function headers(map) {
  const lower = Object.fromEntries(Object.entries(map).map(([k, v]) => [k.toLowerCase(), v]));
  return { get: (name) => lower[name.toLowerCase()] };
}

const PN_VERSIONS = "2021-03-07, 2022-01-11-preview2, 2022-06-01-preview, 2022-12-01, 2022-12-02-preview2, "
  + "2023-04-30-preview, 2023-05-01-preview, 2023-10-01-preview, 2024-03-01-preview, 2024-04-30-preview, "
  + "2024-05-01-preview, 2024-08-31-preview, 2025-02-11, 2025-04-01-preview, 2025-04-01, 2025-04-15-preview, 2025-06-01";
const OP_VERSIONS = `${PN_VERSIONS}, 2022-11-15-preview, 2023-10-01-preview2`;
const SIP_VERSIONS = "2023-03-01, 2023-04-01-preview, 2024-11-15-preview";
const OK_JSON = { "content-type": "application/json; charset=utf-8", "api-supported-versions": PN_VERSIONS };
const SEARCH = "b6e3b1a0-1111-4222-8333-944455556666";
const searchStart = {
  "api-supported-versions": PN_VERSIONS,
  "operation-id": `search_${SEARCH}`,
  "operation-location": `/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01`,
  "search-id": SEARCH,
  location: `/availablePhoneNumbers/searchResults/${SEARCH}?api-version=2025-06-01`,
  "access-control-expose-headers": "Location,Operation-Location,operation-id,search-id",
};
const poll = (extra = {}) => JSON.stringify({
  operationType: "search", status: "running",
  resourceLocation: `/availablePhoneNumbers/searchResults/${SEARCH}?api-version=2025-06-01`,
  createdDateTime: "2025-06-17T16:40:22.5120904+00:00", id: `search_${SEARCH}`,
  lastActionDateTime: "0001-01-01T00:00:00+00:00", ...extra,
});
const pollHeaders = { ...OK_JSON, "api-supported-versions": OP_VERSIONS, location: `/availablePhoneNumbers/searchResults/${SEARCH}?api-version=2025-06-01` };
const base = "http://127.0.0.1:1";

const cases = [
  // [name, method, path, request body, status, headers, body, expected substring of a finding or null]
  ["faithful search start", "POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", "{}", 202,
    searchStart, "", null],
  ["search start with a body", "POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", "{}", 202,
    { ...searchStart, "content-type": "application/json; charset=utf-8" }, "{\"searchId\":\"x\"}", "202 with a"],
  ["absolute Operation-Location", "POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", "{}",
    202, { ...searchStart, "operation-location": `${base}/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01` },
    "", "Operation-Location"],
  ["Retry-After on a start", "POST", "/availablePhoneNumbers/countries/US/:search?api-version=2025-06-01", "{}", 202,
    { ...searchStart, "retry-after": "1" }, "", "Retry-After"],
  ["faithful poll", "GET", `/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01`, undefined, 200,
    pollHeaders, poll(), null],
  ["poll with a real lastActionDateTime", "GET", `/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01`,
    undefined, 200, pollHeaders, poll({ lastActionDateTime: "2025-06-17T16:40:22.5120904+00:00" }), "lastActionDateTime"],
  ["poll with 3 fraction digits", "GET", `/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01`, undefined,
    200, pollHeaders, poll({ createdDateTime: "2025-06-17T16:40:22.512Z" }), "createdDateTime"],
  ["poll keys out of order", "GET", `/phoneNumbers/operations/search_${SEARCH}?api-version=2025-06-01`, undefined, 200,
    pollHeaders, JSON.stringify({ status: "running", ...JSON.parse(poll()) }), "poll keys"],
  ["error with charset", "GET", "/phoneNumbers/%2B14155550100?api-version=2025-06-01", undefined, 404,
    { "content-type": "application/json; charset=utf-8" },
    "{\"error\":{\"code\":\"NotFound\",\"message\":\"m\"}}", "Content-Type"],
  ["error with x-ms-error-code", "GET", "/phoneNumbers/%2B14155550100?api-version=2025-06-01", undefined, 404,
    { "content-type": "application/json", "x-ms-error-code": "NotFound" },
    "{\"error\":{\"code\":\"NotFound\",\"message\":\"m\"}}", "x-ms-error-code"],
  ["error spelled innerError", "PATCH", "/sip?api-version=2023-03-01", "{}", 422, { "content-type": "application/json" },
    "{\"error\":{\"code\":\"UnprocessableConfiguration\",\"message\":\"m\",\"innerError\":{\"code\":\"MissingTrunk\",\"message\":\"m\"}}}",
    "innerError"],
  ["HMAC refusal", "GET", "/phoneNumbers?api-version=2025-06-01", undefined, 401, { "content-type": "application/json" },
    "{\"error\":{\"code\":\"Denied\",\"message\":\"Denied by the resource provider.\"}}", "401"],
  ["purchased list with nextLink null", "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=100", undefined, 200,
    OK_JSON, "{\"phoneNumbers\":[],\"nextLink\":null}", "nextLink"],
  ["absolute nextLink", "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=1", undefined, 200, OK_JSON,
    `{"phoneNumbers":[],"nextLink":"${base}/phoneNumbers?api-version=2025-06-01&top=1&skip=1"}`, "relative"],
  ["purchased nextLink with skip first", "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=1", undefined, 200,
    OK_JSON, "{\"phoneNumbers\":[],\"nextLink\":\"/phoneNumbers?skip=1&api-version=2025-06-01&top=1\"}", "skip=N"],
  ["faithful purchased nextLink", "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=1", undefined, 200,
    OK_JSON, "{\"phoneNumbers\":[],\"nextLink\":\"/phoneNumbers?api-version=2025-06-01&top=1&skip=1\"}", null],
  ["catalog without nextLink", "GET", "/availablePhoneNumbers/countries?skip=0&maxPageSize=100&api-version=2025-06-01",
    undefined, 200, { ...OK_JSON, "cache-control": "max-age=21600, private, stale-while-revalidate=86400" },
    "{\"countries\":[]}", "nextLink key absent"],
  ["catalog without Cache-Control", "GET", "/availablePhoneNumbers/countries?skip=0&maxPageSize=100&api-version=2025-06-01",
    undefined, 200, OK_JSON, "{\"countries\":[],\"nextLink\":null}", "Cache-Control"],
  ["SIP without routes", "GET", "/sip?api-version=2023-03-01", undefined, 200,
    { ...OK_JSON, "api-supported-versions": SIP_VERSIONS }, "{\"trunks\":{}}", "without routes"],
  ["short phone-numbers version list", "GET", "/phoneNumbers?skip=0&api-version=2025-06-01&top=100", undefined, 200,
    { ...OK_JSON, "api-supported-versions": "2025-04-01, 2025-06-01" }, "{\"phoneNumbers\":[]}", "api-supported-versions"],
  ["browse with a nextLink", "POST", "/availablePhoneNumbers/countries/US/:browse?api-version=2025-06-01", "{}", 200,
    { ...OK_JSON, "api-supported-versions": PN_VERSIONS.slice(PN_VERSIONS.indexOf("2023-04-30-preview")) },
    "{\"phoneNumbers\":[],\"nextLink\":null}", "browse answer with a nextLink"],
  ["2023-03-01 route with callerIdOverride", "GET", "/sip?api-version=2023-03-01", undefined, 200,
    { ...OK_JSON, "api-supported-versions": SIP_VERSIONS },
    "{\"trunks\":{\"a.b.c\":{\"sipSignalingPort\":5061}},\"routes\":[{\"name\":\"r\",\"numberPattern\":\".*\",\"callerIdOverride\":null}]}",
    "callerIdOverride"],
  ["2023-03-01 trunk with preview fields", "GET", "/sip?api-version=2023-03-01", undefined, 200,
    { ...OK_JSON, "api-supported-versions": SIP_VERSIONS },
    "{\"trunks\":{\"a.b.c\":{\"sipSignalingPort\":5061,\"enabled\":true}},\"routes\":[]}", "only sipSignalingPort"],
  ["faithful SIP configuration", "GET", "/sip?api-version=2023-03-01", undefined, 200,
    { ...OK_JSON, "api-supported-versions": SIP_VERSIONS }, "{\"trunks\":{},\"routes\":[]}", null],
  ["SIP with a short version list", "GET", "/sip?api-version=2023-03-01", undefined, 200,
    { ...OK_JSON, "api-supported-versions": "2023-03-01, 2024-11-15-preview" }, "{\"trunks\":{},\"routes\":[]}",
    "api-supported-versions"],
  ["operator info without null fields", "POST", "/operatorInformation/:search?api-version=2025-06-01", "{}", 200, OK_JSON,
    "{\"values\":[{\"phoneNumber\":\"+14155550100\",\"nationalFormat\":\"x\",\"internationalFormat\":\"y\"}]}",
    "without isoCountryCode"],
  ["reservation created with 200", "PATCH", `/availablePhoneNumbers/reservations/${SEARCH}?api-version=2025-06-01`, "{}",
    200, OK_JSON, `{"id":"${SEARCH}","expiresAt":"2025-06-17T16:40:22.5120904+00:00","phoneNumbers":{},"status":"active"}`,
    "answers 201"],
];

let failed = 0;
for (const [name, method, path, reqBody, status, hdrs, body, expected] of cases) {
  const audit = createWireAudit();
  const request = { method, url: base + path, body: reqBody };
  await audit.policy.sendRequest(request, async () => ({ status, headers: headers(hdrs), bodyAsText: body }));
  const findings = audit.take();
  const ok = expected === null ? findings.length === 0 : findings.some((f) => f.includes(expected));
  if (!ok) {
    failed++;
    console.log(`FAIL wire audit self-test "${name}": expected ${expected === null ? "no finding" : `a finding with "${expected}"`}, got ${JSON.stringify(findings)}`);
  }
}
if (failed > 0) {
  process.exit(1);
}
console.log(`ok   wire audit self-test: ${cases.length} cases`);
