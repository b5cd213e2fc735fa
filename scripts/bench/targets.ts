// How the load client drives each server: build a meeting of N people with one speaker, send a
// share, and bring a dropped connection back. Runde is driven through its public protocol
// (HTTP create, `join` with the chair key, `start`, `advance` to the round, then `share` by
// whoever holds the turn); the relays through their one-event protocols.
import { PROTOCOL_VERSION } from '../../shared/protocol.js';
import type { TargetKind } from './servers.js';
import { RawClient, WireClient } from './wire.js';

/** A share marker: the tag between the two § signs identifies the share in any frame. */
export const MARK = '§';
const TAG = /§(\d+)§/;
/** Extracts the share tag from a frame, or -1. */
export function shareTag(frame: string): number {
  const i = frame.indexOf(MARK);
  if (i < 0) return -1;
  const m = TAG.exec(frame.slice(i, i + 24));
  return m ? Number(m[1]) : -1;
}

export interface Member {
  /** Received bytes and frames so far. */
  readonly bytesIn: number;
  readonly framesIn: number;
  /**
   * Whether its socket is open (false once closed, by the server or by us; undefined where the
   * client does not tell): a member short of deliveries with its socket closed was cut off.
   */
  readonly open?: boolean;
  drop(): void;
  close(): void;
  /**
   * Reconnects and takes the seat (or room) back; resolves when the server acknowledged it. Runde:
   * `resume` with the seat's token and the highest seq seen (the same seat, turn and place in the
   * order, docs/protocol.md `resume`); the relays: `join` of the same room again.
   */
  comeBack(): Promise<boolean>;
}

export interface BenchMeeting {
  members: Member[];
  /** Index into members of the one who may share. */
  speaker: number;
  share(text: string): Promise<void>;
  close(): void;
}

export type OnFrame = (memberIndex: number, meeting: number, frame: string) => void;
/** Every text frame a member receives (pings and acks too): probes only (scripts/bench/frames.ts). */
export type OnRawFrame = (memberIndex: number, frame: string) => void;

interface Ok {
  ok: boolean;
  code?: string;
}

/** Builds one meeting of `size` people on the target; `onFrame` sees every event frame. */
export async function buildMeeting(kind: TargetKind, urls: string[], size: number, m: number, onFrame: OnFrame, onRaw?: OnRawFrame): Promise<BenchMeeting> {
  // Member i talks to server i mod n: with two processes, every meeting spans both.
  const ws = (i: number): string => urls[i % urls.length]!.replace('http', 'ws');
  if (kind === 'ws-relay') return rawMeeting(ws, size, m, onFrame);
  if (kind === 'socketio-relay') return relayMeeting(ws, size, m, onFrame, onRaw);
  return rundeMeeting(urls[0]!, ws, size, m, onFrame, onRaw);
}

async function rawMeeting(url: (i: number) => string, size: number, m: number, onFrame: OnFrame): Promise<BenchMeeting> {
  const members: Member[] = [];
  const clients: RawClient[] = [];
  for (let i = 0; i < size; i++) {
    const c = new RawClient({ url: url(i), onEvent: (f) => onFrame(i, m, f) });
    const join = async (): Promise<boolean> => {
      await c.connect();
      await c.request({ t: 'join', room: `r${m}`, name: `P${i}` });
      return true;
    };
    await join();
    clients.push(c);
    members.push({ get bytesIn() { return c.bytesIn; }, get framesIn() { return c.framesIn; }, get open() { return c.open; }, drop: () => c.drop(), close: () => c.close(), comeBack: join });
  }
  return { members, speaker: 0, share: async (text) => void (await clients[0]!.request({ t: 'share', text })), close: () => clients.forEach((c) => c.close()) };
}

async function relayMeeting(url: (i: number) => string, size: number, m: number, onFrame: OnFrame, onRaw?: OnRawFrame): Promise<BenchMeeting> {
  const members: Member[] = [];
  const clients: WireClient[] = [];
  for (let i = 0; i < size; i++) {
    const c = new WireClient({ url: url(i), onEvent: (f) => onFrame(i, m, f), onFrame: onRaw && ((f) => onRaw(i, f)) });
    const join = async (): Promise<boolean> => {
      await c.connect();
      return (await c.emitWithAck<Ok>('join', { room: `r${m}`, name: `P${i}` })).ok;
    };
    await join();
    clients.push(c);
    members.push({ get bytesIn() { return c.bytesIn; }, get framesIn() { return c.framesIn; }, get open() { return c.open; }, drop: () => c.drop(), close: () => c.close(), comeBack: join });
  }
  return { members, speaker: 0, share: async (text) => void (await clients[0]!.emitWithAck('share', { text })), close: () => clients.forEach((c) => c.close()) };
}

/** BENCH_DISCREET=1: Runde's meetings are created with discreet attendance on (the relay has no such mode). */
const DISCREET = process.env.BENCH_DISCREET === '1';

async function rundeMeeting(httpUrl: string, url: (i: number) => string, size: number, m: number, onFrame: OnFrame, onRaw?: OnRawFrame): Promise<BenchMeeting> {
  const res = await fetch(`${httpUrl}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: `Bench ${m}`, formatId: 'standard', language: 'nb', access: 'open', listed: false, ...(DISCREET ? { discreet: true } : {}) }),
  });
  const created = (await res.json()) as { meetingId: string; chairKey: string };
  if (!res.ok) throw new Error(`create failed: ${res.status}`);
  const clients: WireClient[] = [];
  const members: Member[] = [];
  const ids: string[] = [];
  let chairViews = '';
  for (let i = 0; i < size; i++) {
    // The highest seq this member has seen in any event or view, as a real client keeps it
    // (docs/protocol.md, resume): a resume then asks only for what was really missed.
    let seen = 0;
    const c = new WireClient({
      url: url(i),
      onEvent: (f) => {
        if (i === 0 && f.startsWith('42["view"')) chairViews = f;
        if (f.startsWith(EVENT_FRAME) || f.startsWith('42["view"')) seen = Math.max(seen, seqOf(f));
        onFrame(i, m, f);
      },
      onFrame: onRaw && ((f) => onRaw(i, f)),
    });
    await c.connect();
    const ack = await c.emitWithAck<Ok & { you: string; token: string; view: { seq: number } }>('join', {
      v: PROTOCOL_VERSION,
      meetingId: created.meetingId,
      name: `P ${i}`,
      role: 'participant',
      volunteer: i === 0,
      pledge: true,
      ...(i === 0 ? { chairKey: created.chairKey } : {}),
    });
    if (!ack.ok) throw new Error(`join failed: ${ack.code}`);
    ids.push(ack.you);
    let token = ack.token;
    let lastSeq = ack.view.seq;
    const comeBack = async (): Promise<boolean> => {
      await c.connect();
      const r = await c.emitWithAck<Ok & { token: string }>('resume', { v: PROTOCOL_VERSION, meetingId: created.meetingId, token, lastSeq });
      if (r.ok) token = r.token;
      return r.ok;
    };
    clients.push(c);
    members.push({
      get bytesIn() { return c.bytesIn; },
      get framesIn() { return c.framesIn; },
      get open() { return c.open; },
      drop: () => c.drop(),
      close: () => c.close(),
      comeBack: async () => {
        lastSeq = Math.max(lastSeq, seen);
        return comeBack();
      },
    });
  }
  const chair = clients[0]!;
  for (const step of ['start', 'advance']) {
    const a = await chair.emitWithAck<Ok>(step, {});
    if (!a.ok) throw new Error(`${step} failed: ${a.code}`);
  }
  // The speaker is whoever the chair's latest view says holds the turn.
  const deadline = Date.now() + 10_000;
  let speaker = -1;
  while (speaker < 0 && Date.now() < deadline) {
    const sp = /"speaker":\{"id":"([^"]+)"/.exec(chairViews)?.[1];
    speaker = sp ? ids.indexOf(sp) : -1;
    if (speaker < 0) await new Promise((r) => setTimeout(r, 5));
  }
  if (speaker < 0) throw new Error('no speaker after advance');
  const sc = clients[speaker]!;
  return {
    members,
    speaker,
    share: async (text) => {
      const a = await sc.emitWithAck<Ok>('share', { text });
      if (!a.ok) throw new Error(`share failed: ${a.code}`);
    },
    close: () => clients.forEach((c) => c.close()),
  };
}

/** A room event's frame starts with its seq (a LoggedEvent is `{ seq, at, event }`). */
const EVENT_FRAME = '42["event",{"seq":';

/** The first seq in a view or event frame: the view's own, or the logged event's. */
function seqOf(viewFrame: string): number {
  const m = /"seq":(\d+)/.exec(viewFrame);
  return m ? Number(m[1]) : 0;
}
