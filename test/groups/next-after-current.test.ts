// GET /api/groups/:slug names as `next` the meeting after the one it leads to, also when a later
// meeting the same day has its door open already (doors opening before the previous end). A fresh
// tester (2026-12-06): meetings at 18:40 and 19:40 Oslo with doors 120 minutes before each; at
// 18:55 `current` was 18:40 and `next` next week's 18:40, skipping today's 19:40.
import { describe, expect, it } from 'vitest';
import type { GroupCard } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { groupServers, groupsFileOf } from '../helpers/group-servers.js';

const file = groupsFileOf(
  `groups:
  - slug: kveld
    name: Evening group
    language: en
    format: standard
    doorOpensMinutes: 120
    schedule:
      - { day: tuesday, time: "18:40", minutes: 45 }
      - { day: tuesday, time: "19:40", minutes: 45 }
`,
);

// Tuesday 6 January 2026: 18:40 in Oslo is 17:40 UTC, 19:40 is 18:40 UTC.
const FIRST = Date.parse('2026-01-06T17:40:00Z');
const SECOND = Date.parse('2026-01-06T18:40:00Z');
const WEEK = 7 * 86_400_000;
const MIN = 60_000;
let clock = FIRST + 15 * MIN;
const env = groupServers('memory', file, () => clock);

const card = async (): Promise<GroupCard> => (await (await fetch(`${env.a}/api/groups/kveld`)).json()) as GroupCard;

describe('a weekly group card with two meetings the same day, both doors open', () => {
  it('names the later meeting today as next, door already open, not next week', async () => {
    clock = FIRST + 15 * MIN; // 18:55 Oslo
    const c = await card();
    expect(c.current).toMatchObject({ startsAt: FIRST, endsAt: FIRST + 45 * MIN });
    expect(c.next).toEqual({ startsAt: SECOND, endsAt: SECOND + 45 * MIN, doorOpensAt: SECOND - 120 * MIN });
  });

  it('names next week once the later meeting is the current one', async () => {
    clock = FIRST + 50 * MIN; // 19:30 Oslo: the first is over, the second's door open
    const c = await card();
    expect(c.current).toMatchObject({ startsAt: SECOND });
    expect(c.next).toEqual({ startsAt: FIRST + WEEK, endsAt: FIRST + WEEK + 45 * MIN, doorOpensAt: FIRST + WEEK - 120 * MIN });
  });

  it('after its chair ended the first, leads to the second and names next week as next', async () => {
    clock = FIRST + 20 * MIN;
    const first = (await card()).current!;
    expect(first.startsAt).toBe(FIRST);
    const chair = await TestClient.connect(env.a);
    env.clients.push(chair);
    const j = await chair.join(first.meetingId, 'Anne', { volunteer: true });
    expect(j.ok && 'view' in j && j.view.you.isChair).toBe(true);
    await chair.ok('end');
    const c = await card();
    expect(c.current).toMatchObject({ startsAt: SECOND });
    expect(c.next.startsAt).toBe(FIRST + WEEK);
  });
});
