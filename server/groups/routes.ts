// HTTP for weekly groups: GET /api/groups/:slug (what /g/<slug> shows) and GET /api/feed.json
// (the Meeting Guide feed). Nothing here logs or keeps anything about who asks.
import express from 'express';
import { errorMessage } from '../../shared/errors.js';
import { meetingGuideFeed } from './feed.js';
import type { GroupMeetings } from './occurrences.js';
import type { GroupRegistry } from './registry.js';

const SLUG = /^[a-z0-9-]{1,64}$/;

/**
 * The feed is the one /api answer that may be cached (docs/protocol.md, HTTP API): it holds only
 * the operator's public weekly schedules, nothing live (no phase, no count, no meeting id), and
 * meeting lists poll it. Five minutes (300 s) also bounds how long a SIGHUP change takes to reach
 * them. Everything about a meeting's live state is `no-store`.
 */
export const FEED_CACHE_CONTROL = 'public, max-age=300';

export function groupsRouter(registry: GroupRegistry, groups: GroupMeetings): express.Router {
  const api = express.Router();

  api.get('/groups/:slug', async (req, res, next) => {
    try {
      res.setHeader('Cache-Control', 'no-store');
      const slug = req.params.slug;
      const card = SLUG.test(slug) ? await groups.card(slug) : null;
      if (!card) return void res.status(404).json({ ok: false, code: 'MEETING_NOT_FOUND', message: errorMessage('MEETING_NOT_FOUND') });
      res.json({ ok: true, ...card });
    } catch (err) {
      next(err);
    }
  });

  api.get('/feed.json', (req, res) => {
    // The feed is public by design (the operator listed these groups): any site may read it.
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', FEED_CACHE_CONTROL);
    const base = registry.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    res.json(meetingGuideFeed(registry.all(), base));
  });

  return api;
}
