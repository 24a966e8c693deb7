import "server-only";
import { sql } from "drizzle-orm";
import { getDatabaseHandle, type DatabaseHandle, type Executor } from "@/db/client";
import { processSingleton } from "@/lib/core/singleton";
import { LIVE_CHANNEL } from "@/lib/identity/live-channel";

/**
 * The channel conversation changes go out on: the same one that carries session revocations
 * (lib/identity/live-channel.ts), so a stream hears both on one LISTEN. Payloads name a family or a
 * user, never content.
 */
const MESSAGES_CHANNEL = LIVE_CHANNEL;

type LiveSignal = { familyId: string; kind: "message" | "read"; messageId?: string };

/** A stream's side of the hub: told that its family changed, or that it must catch up. */
type LiveSubscriber = {
  familyId: string;
  /** Something changed in the family's conversation: read what is new from the database. */
  onChange: (signal: LiveSignal) => void;
  /** The LISTEN connection came back after a loss: notifications may have been missed. */
  onResync: () => void;
};

type Hub = {
  subscribers: Map<string, Set<LiveSubscriber>>;
  /** Streams by the user they are for: told when that user's sessions change. */
  sessionWatchers: Map<string, Set<() => void>>;
  ready: Promise<void>;
};

// Next.js loads modules more than once per server, and tests switch databases: one hub per
// database handle, one map per process, so each process holds exactly one LISTEN per database.
const hubs = () => processSingleton("live-hubs", () => new WeakMap<DatabaseHandle, Hub>());

function hubFor(handle: DatabaseHandle): Hub {
  let hub = hubs().get(handle);
  if (hub) return hub;
  const subscribers = new Map<string, Set<LiveSubscriber>>();
  const sessionWatchers = new Map<string, Set<() => void>>();
  let listenedBefore = false;
  const created: Hub = {
    subscribers,
    sessionWatchers,
    ready: handle
      .listen(
        MESSAGES_CHANNEL,
        (payload) => {
          const signal = parseSignal(payload);
          if (!signal) return;
          if ("userId" in signal) {
            for (const watcher of sessionWatchers.get(signal.userId) ?? []) watcher();
            return;
          }
          for (const subscriber of subscribers.get(signal.familyId) ?? []) subscriber.onChange(signal);
        },
        () => {
          if (listenedBefore) {
            for (const set of subscribers.values()) for (const subscriber of set) subscriber.onResync();
            // A revocation may have been missed as well: every stream checks its session.
            for (const set of sessionWatchers.values()) for (const watcher of set) watcher();
          }
          listenedBefore = true;
        },
      )
      .then(() => undefined),
  };
  // A failed first LISTEN must not stay cached: the next subscriber tries again.
  created.ready.catch(() => hubs().delete(handle));
  hubs().set(handle, created);
  hub = created;
  return hub;
}

function parseSignal(payload: string): LiveSignal | { userId: string } | null {
  try {
    const value = JSON.parse(payload) as { f?: unknown; k?: unknown; m?: unknown; u?: unknown };
    if (value.k === "s") return typeof value.u === "string" ? { userId: value.u } : null;
    if (typeof value.f !== "string") return null;
    return {
      familyId: value.f,
      kind: value.k === "r" ? "read" : "message",
      messageId: typeof value.m === "string" ? value.m : undefined,
    };
  } catch {
    return null;
  }
}

/** Starts receiving a family's signals; resolves once LISTEN is in place. Returns the unsubscribe. */
export async function subscribe(subscriber: LiveSubscriber): Promise<() => void> {
  const hub = hubFor(await getDatabaseHandle());
  await hub.ready;
  let set = hub.subscribers.get(subscriber.familyId);
  if (!set) hub.subscribers.set(subscriber.familyId, (set = new Set()));
  set.add(subscriber);
  return () => {
    set.delete(subscriber);
    if (set.size === 0 && hub.subscribers.get(subscriber.familyId) === set) hub.subscribers.delete(subscriber.familyId);
  };
}

/**
 * Calls `onChange` whenever this user's sessions change (a revocation from any app server);
 * resolves once LISTEN is in place. Returns the unsubscribe.
 */
export async function watchSessions(userId: string, onChange: () => void): Promise<() => void> {
  const hub = hubFor(await getDatabaseHandle());
  await hub.ready;
  let set = hub.sessionWatchers.get(userId);
  if (!set) hub.sessionWatchers.set(userId, (set = new Set()));
  set.add(onChange);
  return () => {
    set.delete(onChange);
    if (set.size === 0 && hub.sessionWatchers.get(userId) === set) hub.sessionWatchers.delete(userId);
  };
}

/** Queues a signal in the caller's transaction: Postgres delivers it only if that commits. */
export async function signalChange(db: Executor, signal: LiveSignal): Promise<void> {
  const payload = JSON.stringify({ f: signal.familyId, k: signal.kind === "read" ? "r" : "m", m: signal.messageId });
  await db.execute(sql`select pg_notify(${MESSAGES_CHANNEL}, ${payload})`);
}
