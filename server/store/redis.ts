// The shared store for several processes. A meeting's keys share one hash tag (see
// redis-keys.ts); the writes that must be atomic are Lua scripts over those keys only, so they
// also run on a cluster. Every key gets its TTL in the same script that writes it: there is no
// moment in which a key without expiry exists.
import type { Redis } from 'ioredis';
import { lazyModule } from '../lazy-module.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { checkStoreOptions } from './memory.js';
import { allFields, changedFields, stateFromFields } from './state-fields.js';
import { newTag, rememberTag, tagOf, TAG_FIELD } from './commit-tag.js';
import { rememberPatch, rememberUnheard } from './committed-patch.js';
import { readLogEntries } from './redis-log.js';
import { DIRECTORY_KEY, holderField, isStorableId, keyList, meetingKeys } from './redis-keys.js';
import type { Lifetimes } from '../../shared/privacy/holdings.js';
import { COMMAND_IDS_KEPT } from '../../shared/protocol.js';
import type { CommandOnce, MeetingSecrets, MeetingStore, SeatClaim, SeatHolder, StoreInspection, StoreOptions } from './store.js';


// Loaded by the first Redis store: a server on the memory store never loads ioredis.
const ioredis = lazyModule<typeof import('ioredis')>('ioredis');
const COMMAND_IDS_KEPT_ARG = String(COMMAND_IDS_KEPT);
// Writes `[field, value, …]` (ARGV from `from` on, `count` of them) into hash `key`, a thousand
// at a time: Lua's unpack has a stack limit, and a full write of a long meeting has many fields.
const HSET_ARGS = `
local function hsetArgs(key, from, count)
  local i = from
  local last = from + count - 1
  while i <= last do
    local j = math.min(i + 999, last)
    redis.call('HSET', key, unpack(ARGV, i, j))
    i = j + 1
  end
end
`;

// KEYS: state, log, secrets, tokens, commands. ARGV: secrets json, ttlMs, the state's tag
// (commit-tag.ts), then the state's fields and values (state-fields.ts). Stale log/tokens/command
// ids from an expired namesake are cleared so a new meeting starts empty.
const CREATE = `${HSET_ARGS}
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('DEL', KEYS[2], KEYS[4], KEYS[5])
hsetArgs(KEYS[1], 4, #ARGV - 3)
redis.call('HSET', KEYS[1], '${TAG_FIELD}', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('SET', KEYS[3], ARGV[1], 'PX', ARGV[2])
return 1
`;

// KEYS: state, log, secrets, tokens, commands, directory. ARGV: expectedSeq, nextSeq, mode ('diff': the
// fields below are what changed; 'full': they are the whole state, which replaces the hash),
// ttlMs, logCap, guard field ('' for none: `holder:<pid>` in the tokens hash), guard connection,
// claim token hash ('' for none), claim participant, claim holder field, claim connection,
// command's seat ('' for no command id), command id, how many ids to keep per seat, how many
// field arguments to set (2 per field), how many fields to delete, the outcome channel and this
// process's own channel ('' and '': no question), the meeting id (its directory member), now
// in ms ('' for an unlisted meeting) and the directory entry's expiry (now + ttlMs), the tag
// of the commit that wrote the state the command was decided on ('' when unknown: no compare) and
// this commit's tag (commit-tag.ts), then the fields and values to set, the fields to delete (state-fields.ts has the state's fields), and
// per log entry its seq and its JSON.
// The directory is written by the same script, after the commit and only when it succeeded
// (a listed meeting's entry gets its new expiry, DIRECTORY_ADD's steps; an unlisted one's is
// removed): one command per share, not a second one beside it (Issue 10), and a commit that
// lost the race cannot put back an entry that a newer commit removed. The directory is the one
// key outside the meeting's hash tag, so this script would not run on a Redis Cluster (neither
// did the pipeline that sent the two commands before: ioredis refuses a pipeline across slots).
// With the channels, {1, …, heard} also tells whether any other process is subscribed to the
// outcome channel (outcome-channel.ts): the subscribers of the outcome channel that are not this
// process's own subscriber (which holds both channels, subscribed in one command). A process
// that subscribes later reads the store for what it missed, as after a lost message.
// A command id the seat already committed is checked first, before the seq: the command was
// applied (perhaps by a commit whose answer was lost), so nothing is written and {2, its seq}
// returned. The seq lives in its own hash field so the compare needs no JSON parse; the tag beside
// it tells a state at that seq from another branch's after the store went back in time ({0} too). A guarded
// commit also needs the seat to be held by the guard's connection (a replaced socket's drop must
// not touch the seat). A diff onto a hash still in the old layout (one `json` field, written
// before the per-field layout) would mix the two: {3} asks for the whole state instead, before
// anything is written. A claim (a join's token and holder), the command id and the log entries
// are written first: Redis does not roll a script back, so a failing write must come before the
// state's. The log is a stream whose entry ids are `<seq>-<n>` (the entry's seq, the commit's, then
// its place in the commit): a resume reads only what it missed with one XRANGE from its
// lastSeq, instead of the whole log (up to RUNDE_LOG_CAP entries) parsed and filtered. Returns
// {1, previous holder or '', heard (1 or 0)}, {2, seq}, {3}, {4} (the seq matched, the guard's
// connection does not hold the seat) or {0} (the seq differs).
const COMMIT = `${HSET_ARGS}
local kept = nil
if ARGV[12] ~= '' then
  local raw = redis.call('HGET', KEYS[5], ARGV[12])
  kept = raw and cjson.decode(raw) or {}
  for _, c in ipairs(kept) do
    if c[1] == ARGV[13] then return {2, tostring(c[2])} end
  end
end
if redis.call('HGET', KEYS[1], 'seq') ~= ARGV[1] then return {0} end
if ARGV[22] ~= '' and redis.call('HGET', KEYS[1], '${TAG_FIELD}') ~= ARGV[22] then return {0} end
if ARGV[6] ~= '' and redis.call('HGET', KEYS[4], ARGV[6]) ~= ARGV[7] then return {4} end
if ARGV[3] == 'diff' and redis.call('HEXISTS', KEYS[1], 'json') == 1 then return {3} end
local replaced = ''
if ARGV[8] ~= '' then
  replaced = redis.call('HGET', KEYS[4], ARGV[10]) or ''
  redis.call('HSET', KEYS[4], ARGV[8], ARGV[9], ARGV[10], ARGV[11])
end
if kept then
  table.insert(kept, {ARGV[13], tonumber(ARGV[2])})
  while #kept > tonumber(ARGV[14]) do table.remove(kept, 1) end
  redis.call('HSET', KEYS[5], ARGV[12], cjson.encode(kept))
end
local nSet = tonumber(ARGV[15])
local nDel = tonumber(ARGV[16])
local firstLog = 24 + nSet + nDel
if #ARGV >= firstLog then
  for i = firstLog, #ARGV, 2 do redis.call('XADD', KEYS[2], ARGV[i] .. '-' .. ((i - firstLog) / 2), 'e', ARGV[i + 1]) end
  redis.call('XTRIM', KEYS[2], 'MAXLEN', ARGV[5])
end
if ARGV[3] == 'full' then redis.call('DEL', KEYS[1]) end
hsetArgs(KEYS[1], 24, nSet)
redis.call('HSET', KEYS[1], '${TAG_FIELD}', ARGV[23])
if nDel > 0 then redis.call('HDEL', KEYS[1], unpack(ARGV, 24 + nSet, 23 + nSet + nDel)) end
for i = 1, 5 do redis.call('PEXPIRE', KEYS[i], ARGV[4]) end
if ARGV[20] == '' then
  redis.call('ZREM', KEYS[6], ARGV[19])
else
  redis.call('ZREMRANGEBYSCORE', KEYS[6], '-inf', ARGV[20])
  redis.call('ZADD', KEYS[6], ARGV[21], ARGV[19])
  if redis.call('PTTL', KEYS[6]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[6], ARGV[4]) end
end
local heard = 1
if ARGV[17] ~= '' then
  local n = redis.call('PUBSUB', 'NUMSUB', ARGV[17], ARGV[18])
  if n[2] - n[4] <= 0 then heard = 0 end
end
return {1, replaced, heard}
`;

// KEYS: commands. ARGV: seat, command id. The seq its commit made, or false.
const COMMITTED_COMMAND = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return false end
for _, c in ipairs(cjson.decode(raw)) do
  if c[1] == ARGV[2] then return tostring(c[2]) end
end
return false
`;

// KEYS: state, log. ARGV: seq. Deletes the log only while the state is still at that seq.
const FORGET_LOG = `
if redis.call('HGET', KEYS[1], 'seq') ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
return 1
`;

// KEYS: state, tokens. ARGV: holder field, connection. Returns the previous holder ('' if none)
// or false when the meeting does not exist. The tokens hash expires with the meeting, never later.
const SWAP_HOLDER = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then return false end
local prev = redis.call('HGET', KEYS[2], ARGV[1])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ttl)
if prev then return prev end
return ''
`;

// KEYS: state, tokens. ARGV: tokenHash, participantId, ttlMs.
// The token expires with its meeting (the state's remaining TTL), never later.
const PUT_TOKEN = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl == -2 then return 0 end
if ttl < 0 then ttl = ARGV[3] end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('PEXPIRE', KEYS[2], ttl)
return 1
`;

// KEYS: directory. ARGV: id, expiresAt (score), now, ttlMs. A single-key script: the directory
// lives in its own slot. Its TTL only ever grows, so a short-lived meeting cannot cut it short.
const DIRECTORY_ADD = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[3])
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[4]) then redis.call('PEXPIRE', KEYS[1], ARGV[4]) end
return 1
`;

interface StoreCommands {
  rundeCreate(k1: string, k2: string, k3: string, k4: string, k5: string, secrets: string, ttl: number, tag: string, ...fields: string[]): Promise<number>;
  /** One array, keys then ARGV (ioredis flattens it into the command's arguments). */
  rundeCommit(keysAndArgs: string[]): Promise<[number, string?, number?]>;
  rundeCommittedCommand(commands: string, pid: string, commandId: string): Promise<string | null>;
  rundeSwapHolder(state: string, tokens: string, field: string, conn: string): Promise<string | null>;
  rundeForgetLog(state: string, log: string, seq: string): Promise<number>;
  rundePutToken(state: string, tokens: string, tokenHash: string, participantId: string, ttl: number): Promise<number>;
  rundeDirectoryAdd(directory: string, id: string, expiresAt: number, now: number, ttl: number): Promise<number>;
}

export class RedisStore implements MeetingStore {
  private readonly redis: Redis & StoreCommands;
  private readonly ownsConnection: boolean;
  /** ttlMs and logCap as the commit script's arguments (strings: ioredis would convert them per call). */
  private readonly ttl: string;
  private readonly logCap: string;

  /** Given a url, the store owns the connection and close() quits it; a passed-in client is left open. */
  constructor(redisOrUrl: Redis | string, private readonly opts: StoreOptions) {
    checkStoreOptions(opts);
    this.ttl = String(opts.ttlMs);
    this.logCap = String(opts.logCap);
    this.ownsConnection = typeof redisOrUrl === 'string';
    const client = typeof redisOrUrl === 'string' ? new (ioredis().Redis)(redisOrUrl) : redisOrUrl;
    client.defineCommand('rundeCreate', { numberOfKeys: 5, lua: CREATE });
    client.defineCommand('rundeCommit', { numberOfKeys: 6, lua: COMMIT });
    client.defineCommand('rundeCommittedCommand', { numberOfKeys: 1, lua: COMMITTED_COMMAND });
    client.defineCommand('rundeSwapHolder', { numberOfKeys: 2, lua: SWAP_HOLDER });
    client.defineCommand('rundeForgetLog', { numberOfKeys: 2, lua: FORGET_LOG });
    client.defineCommand('rundePutToken', { numberOfKeys: 2, lua: PUT_TOKEN });
    client.defineCommand('rundeDirectoryAdd', { numberOfKeys: 1, lua: DIRECTORY_ADD });
    this.redis = client as Redis & StoreCommands;
  }

  async create(state: MeetingState, secrets: MeetingSecrets): Promise<boolean> {
    const k = keyList(meetingKeys(state.id));
    const tag = newTag();
    const ok = await this.redis.rundeCreate(...k, JSON.stringify(secrets), this.opts.ttlMs, tag, ...allFields(state));
    if (ok === 1) rememberTag(state, tag);
    if (ok === 1 && state.listed) await this.addToDirectory(state.id);
    return ok === 1;
  }

  async load(id: string): Promise<MeetingState | null> {
    if (!isStorableId(id)) return null;
    const record = await this.redis.hgetall(meetingKeys(id).state);
    const state = stateFromFields(record);
    if (state) rememberTag(state, record[TAG_FIELD]);
    return state;
  }

  async storedSeq(id: string): Promise<number | null> {
    if (!isStorableId(id)) return null;
    // The seq field is a plain number in both layouts (state-fields.ts and the old `json` one).
    const seq = await this.redis.hget(meetingKeys(id).state, 'seq');
    return seq === null ? null : Number(seq);
  }

  /** One pipeline of HGETs (one write, the replies read together); unstorable ids are not sent. */
  async storedSeqs(ids: readonly string[]): Promise<(number | null)[]> {
    const sent = ids.filter(isStorableId);
    if (sent.length === 0) return ids.map(() => null);
    const pipe = this.redis.pipeline();
    for (const id of sent) pipe.hget(meetingKeys(id).state, 'seq');
    const replies = (await pipe.exec()) ?? [];
    const seqs = new Map<string, number | null>();
    sent.forEach((id, i) => {
      const [err, seq] = replies[i] ?? [new Error('storedSeqs: no reply')];
      if (err) throw err;
      seqs.set(id, seq === null || seq === undefined ? null : Number(seq));
    });
    return ids.map((id) => seqs.get(id) ?? null);
  }

  /**
   * As MeetingStore.commit. With `base` (the state stored at `expectedSeq`, which the command was
   * decided on) only the fields that differ from it are encoded and sent (state-fields.ts);
   * without it, the whole state replaces the stored one.
   */
  async commit(id: string, expectedSeq: number, next: MeetingState, log: LoggedEvent[], guard?: SeatHolder, claim?: SeatClaim, once?: CommandOnce, base?: MeetingState): Promise<boolean> {
    if (next.id !== id) throw new Error('commit: state id does not match meeting id');
    const known = base !== undefined && base.seq === expectedSeq && base.id === id;
    const diff = known ? changedFields(base, next) : null;
    // Compared with the stored tag: the base is the state stored at that seq, not another branch's.
    const baseTag = known ? tagOf(base) : '';
    const tag = newTag();
    let [ok, replaced, heard] = await this.commitFields(id, expectedSeq, next, log, diff, baseTag, tag, guard, claim, once);
    // The stored hash is still in the old layout (written before this one): the whole state, once.
    if (ok === 3) [ok, replaced, heard] = await this.commitFields(id, expectedSeq, next, log, null, baseTag, tag, guard, claim, once);
    if (ok === 1) rememberTag(next, tag);
    // No other process listens: the outcome is not published (broadcast.ts Broadcaster.publish).
    if (ok === 1 && heard === 0) rememberUnheard(next);
    // The publish to the other processes sends the same fields (broadcast.ts wireOutcome).
    else if (ok === 1 && diff) rememberPatch(next, { base: expectedSeq, baseTag, set: diff.set, del: diff.del });
    if (ok === 2 && once) once.repeatOf = Number(replaced);
    if (ok === 4 && guard) guard.refused = true;
    if (ok !== 1) return false;
    if (claim) claim.replaced = replaced || null;
    return true;
  }

  /**
   * One round trip, one command: the commit script, which also writes the directory. `diff`
   * null: the whole state. The arguments go to ioredis as one array of strings, built in
   * place (no spread copies, no numbers left for ioredis to convert).
   */
  private commitFields(
    id: string,
    expectedSeq: number,
    next: MeetingState,
    log: LoggedEvent[],
    diff: { set: string[]; del: string[] } | null,
    baseTag: string,
    tag: string,
    guard?: SeatHolder,
    claim?: SeatClaim,
    once?: CommandOnce,
  ): Promise<[number, string?, number?]> {
    const k = meetingKeys(id);
    const set = diff ? diff.set : allFields(next);
    const del = diff ? diff.del : [];
    const now = Date.now();
    const args: string[] = [
      k.state,
      k.log,
      k.secrets,
      k.tokens,
      k.commands,
      DIRECTORY_KEY,
      String(expectedSeq),
      String(next.seq),
      diff ? 'diff' : 'full',
      this.ttl,
      this.logCap,
      guard ? holderField(guard.pid) : '',
      guard?.conn ?? '',
      claim?.tokenHash ?? '',
      claim?.pid ?? '',
      claim ? holderField(claim.pid) : '',
      claim?.conn ?? '',
      once?.pid ?? '',
      once?.commandId ?? '',
      COMMAND_IDS_KEPT_ARG,
      String(set.length),
      String(del.length),
      this.channels?.channel ?? '',
      this.channels?.own ?? '',
      id,
      next.listed ? String(now) : '',
      next.listed ? String(now + this.opts.ttlMs) : '',
      baseTag,
      tag,
    ];
    for (let i = 0; i < set.length; i++) args.push(set[i]!);
    for (let i = 0; i < del.length; i++) args.push(del[i]!);
    for (const e of log) args.push(String(e.seq), JSON.stringify(e));
    return this.redis.rundeCommit(args);
  }

  private channels: { channel: string; own: string } | null = null;

  /**
   * Where this process publishes its outcomes (outcome-channel.ts: the shared channel and its own,
   * both on its subscriber): from now on every commit also asks whether any other process listens,
   * and a commit nobody else hears is marked so (committed-patch.ts takeHeard), not published.
   */
  outcomesOn(channels: { channel: string; own: string }): void {
    this.channels = channels;
  }

  private async addToDirectory(id: string): Promise<void> {
    const now = Date.now();
    await this.redis.rundeDirectoryAdd(DIRECTORY_KEY, id, now + this.opts.ttlMs, now, this.opts.ttlMs);
  }

  async committedCommand(id: string, pid: string, commandId: string): Promise<number | null> {
    if (!isStorableId(id)) return null;
    const seq = await this.redis.rundeCommittedCommand(meetingKeys(id).commands, pid, commandId);
    return seq === null ? null : Number(seq);
  }

  async forgetLog(id: string, atSeq: number): Promise<void> {
    if (!isStorableId(id)) return;
    const k = meetingKeys(id);
    await this.redis.rundeForgetLog(k.state, k.log, String(atSeq));
  }

  async readLog(id: string, afterSeq: number): Promise<LoggedEvent[]> {
    if (!isStorableId(id)) return [];
    return readLogEntries(this.redis, meetingKeys(id).log, afterSeq);
  }

  async secrets(id: string): Promise<MeetingSecrets | null> {
    if (!isStorableId(id)) return null;
    const json = await this.redis.get(meetingKeys(id).secrets);
    return json === null ? null : (JSON.parse(json) as MeetingSecrets);
  }

  async putToken(id: string, tokenHash: string, participantId: string): Promise<void> {
    if (!isStorableId(id)) return;
    const k = meetingKeys(id);
    await this.redis.rundePutToken(k.state, k.tokens, tokenHash, participantId, this.opts.ttlMs);
  }

  async findToken(id: string, tokenHash: string): Promise<string | null> {
    if (!isStorableId(id)) return null;
    return this.redis.hget(meetingKeys(id).tokens, tokenHash);
  }

  async swapHolder(id: string, pid: string, conn: string): Promise<string | null> {
    if (!isStorableId(id)) return null;
    const k = meetingKeys(id);
    const prev = await this.redis.rundeSwapHolder(k.state, k.tokens, holderField(pid), conn);
    return prev ? prev : null;
  }

  async holder(id: string, pid: string): Promise<string | null> {
    if (!isStorableId(id)) return null;
    return this.redis.hget(meetingKeys(id).tokens, holderField(pid));
  }

  async listed(): Promise<string[]> {
    await this.redis.zremrangebyscore(DIRECTORY_KEY, '-inf', Date.now());
    const ids = await this.redis.zrange(DIRECTORY_KEY, 0, '-1');
    const alive = await Promise.all(ids.map((id) => (isStorableId(id) ? this.redis.exists(meetingKeys(id).state) : 0)));
    const gone = ids.filter((_, i) => alive[i] !== 1);
    if (gone.length > 0) await this.redis.zrem(DIRECTORY_KEY, ...gone);
    return ids.filter((_, i) => alive[i] === 1);
  }

  async destroy(id: string): Promise<void> {
    if (!isStorableId(id)) return;
    await this.redis.unlink(...keyList(meetingKeys(id)));
    await this.redis.zrem(DIRECTORY_KEY, id);
  }

  async inspect(id: string): Promise<StoreInspection | null> {
    if (!isStorableId(id)) return null;
    const k = meetingKeys(id);
    const items = [['state', k.state], ['log', k.log], ['secrets', k.secrets], ['tokens', k.tokens], ['commands', k.commands]] as const;
    const r = await this.redis
      .multi()
      .pttl(k.state)
      .pttl(k.log)
      .pttl(k.secrets)
      .pttl(k.tokens)
      .pttl(k.commands)
      .hvals(k.tokens)
      .zscore(DIRECTORY_KEY, id)
      .pttl(DIRECTORY_KEY)
      .hgetall(k.commands)
      .exec();
    if (!r) return null;
    const val = (i: number): unknown => r[i]?.[1];
    if (val(0) === -2) return null;
    const keys: StoreInspection['keys'] = {};
    const ttl: Lifetimes = {};
    items.forEach(([item, key], i) => {
      keys[item] = key;
      const ms = Number(val(i));
      if (ms !== -2) ttl[item] = ms < 0 ? null : ms;
    });
    const score = val(6);
    if (score !== null && score !== undefined) {
      // The directory entry lasts until its score (an expiry time), and never beyond the key.
      const dirTtl = Number(val(7));
      keys.directory = DIRECTORY_KEY;
      ttl.directory = Math.max(0, Math.min(Number(score) - Date.now(), dirTtl < 0 ? Infinity : dirTtl));
    }
    // Seat holders share the hash (`holder:<pid>` -> a connection id, which always has a `/`).
    const owners = ((val(5) as string[] | undefined) ?? []).filter((v) => !v.includes('/'));
    const kept = (val(8) as Record<string, string> | undefined) ?? {};
    const commandIds = Object.fromEntries(Object.entries(kept).map(([pid, json]) => [pid, (JSON.parse(json) as unknown[]).length]));
    return { keys, ttl, tokenOwners: owners, commandIds };
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.ownsConnection) await this.redis.quit();
  }
}
