// The JavaScript side of the bench module's peer benchmark (benchmark 7): drives Microsoft's
// @azure/communication-phone-numbers (the version pinned in package-lock.json) against the project's standalone
// emulator. The Java benchmark starts this script and reads one JSON line per answer from its standard output.
//
//   ACS_BENCH_CONNECTION_STRING=endpoint=http://127.0.0.1:PORT/;accesskey=KEY node peer.js MODE
//
// Modes (each prints exactly one line starting with "peer " followed by a JSON object):
//   serve    long-lived; reads JSON commands on stdin, one per line, and answers each with one line:
//              {"op":"get","n":N,"number":"+1..."}          N sequential getPurchasedPhoneNumber calls
//              {"op":"concurrent","numbers":["+1...",...]}  one call per entry, all at once (Promise.all)
//              {"op":"quit"}
//   build    time to construct a client (in this process)
//   call     construct a client and make one getPurchasedPhoneNumber call (the parent times the process)
//   list     list every purchased number (wall and CPU inside the process, peak heap sampled per page)
//   listheap same listing with a full GC at checkpoints (needs node --expose-gc): live-heap growth
//
// The key travels in the environment, never on the command line. Nothing here prints a credential.
"use strict";

const { performance } = require("node:perf_hooks");
const readline = require("node:readline");

function fail(message) {
  process.stdout.write("peer " + JSON.stringify({ ok: false, error: message }) + "\n");
  process.exit(1);
}

const connectionString = process.env.ACS_BENCH_CONNECTION_STRING;
if (!connectionString) {
  fail("ACS_BENCH_CONNECTION_STRING is not set");
}

const t0 = performance.now();
const { PhoneNumbersClient } = require("@azure/communication-phone-numbers");
const tLoaded = performance.now();

function newClient() {
  // the emulator listens on plain http on 127.0.0.1: the JS pipeline refuses that unless told
  return new PhoneNumbersClient(connectionString, { allowInsecureConnection: true });
}

function reply(obj) {
  process.stdout.write("peer " + JSON.stringify(Object.assign({ ok: true }, obj)) + "\n");
}

function cpuMicros(since) {
  const u = process.cpuUsage(since);
  return u.user + u.system;
}

async function serve() {
  const client = newClient();
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (!line.trim()) {
      continue;
    }
    let cmd;
    try {
      cmd = JSON.parse(line);
    } catch (e) {
      reply({ ok: false, error: "bad command" });
      continue;
    }
    try {
      if (cmd.op === "get") {
        let sink = 0;
        const cpu0 = process.cpuUsage();
        const w0 = performance.now();
        for (let i = 0; i < cmd.n; i++) {
          const n = await client.getPurchasedPhoneNumber(cmd.number);
          sink += n.phoneNumber.length;
        }
        const wallUs = (performance.now() - w0) * 1000;
        reply({ n: cmd.n, cpuUs: cpuMicros(cpu0), wallUs, sink });
      } else if (cmd.op === "concurrent") {
        const cpu0 = process.cpuUsage();
        const w0 = performance.now();
        const results = await Promise.all(cmd.numbers.map((nr) => client.getPurchasedPhoneNumber(nr)));
        const wallUs = (performance.now() - w0) * 1000;
        const good = results.filter((r) => r && r.phoneNumber).length;
        reply({ n: cmd.numbers.length, good, cpuUs: cpuMicros(cpu0), wallUs });
      } else if (cmd.op === "quit") {
        reply({ bye: true });
        rl.close();
        process.exit(0);
      } else {
        reply({ ok: false, error: "unknown op " + cmd.op });
      }
    } catch (e) {
      reply({ ok: false, error: String(e && e.message ? e.message : e).slice(0, 300) });
    }
  }
}

async function list(withGc) {
  if (withGc && typeof global.gc !== "function") {
    fail("listheap needs node --expose-gc");
  }
  const client = newClient();
  const every = Number(process.env.ACS_BENCH_CHECKPOINT_EVERY || "10000");
  if (withGc) {
    global.gc();
  }
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let live = 0;
  let items = 0;
  let pages = 0;
  const w0 = performance.now();
  for await (const page of client.listPurchasedPhoneNumbers().byPage()) {
    for (const n of page) {
      if (n.phoneNumber) {
        items++;
      }
      if (withGc && items % every === 0) {
        global.gc();
        live = Math.max(live, process.memoryUsage().heapUsed - base);
      }
    }
    pages++;
    if (!withGc && pages % 10 === 0) {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  const listMs = performance.now() - w0;
  reply({
    items,
    pages,
    listMs,
    cpuUs: cpuMicros(),
    peakHeapGrowth: peak - base,
    liveHeapGrowth: live,
    rss: process.memoryUsage().rss,
  });
}

async function main() {
  const mode = process.argv[2] || "";
  if (mode === "serve") {
    reply({ ready: true, node: process.version, loadMs: tLoaded - t0 });
    await serve();
  } else if (mode === "build") {
    const b0 = performance.now();
    const client = newClient();
    const buildUs = (performance.now() - b0) * 1000;
    reply({ buildUs, loadMs: tLoaded - t0, hasClient: typeof client.getPurchasedPhoneNumber === "function" });
  } else if (mode === "call") {
    const number = process.env.ACS_BENCH_NUMBER;
    const client = newClient();
    const n = await client.getPurchasedPhoneNumber(number);
    reply({ phoneNumber: n.phoneNumber, inProcessMs: performance.now() - t0 });
  } else if (mode === "list") {
    await list(false);
  } else if (mode === "listheap") {
    await list(true);
  } else {
    fail("unknown mode '" + mode + "' (serve, build, call, list, listheap)");
  }
}

main().then(() => { if ((process.argv[2] || "") !== "serve") { process.exit(0); } }).catch((e) => fail(String(e && e.message ? e.message : e).slice(0, 300)));
