// The share guard's model on the server (issue 12): its weights ship in the repo
// (server/guard-model.json, written by scripts/guard-train.ts from the labelled corpus), so
// nothing is downloaded at run time; the page keeps the rules alone, since the weights
// (~340 KiB, ~95 KB compressed) would not fit its first-load budget.
//
// Read from the file at start, not imported: an imported JSON is bundled into dist/server.js as
// source text, which V8 keeps for the life of the process beside the parsed object (Issue 10:
// idle heap). The core keeps only its scoring form (shared/guard/model.ts), so the parsed object
// is let go once registered.
import { readFileSync } from 'node:fs';
import type { GuardModel } from '../shared/guard/model.js';
import { useGuardModel } from '../shared/guard/model.js';

/**
 * The weights file, found from this module's URL: `../server/` is the same folder from
 * server/guard-model.ts (tsx) and from dist/*.js (the built server and the benchmark's bundles).
 */
const MODEL_FILE = new URL('../server/guard-model.json', import.meta.url);

/** The shipped model (probability threshold, bias, weights per feature), read and parsed anew. */
export function readGuardModel(): GuardModel {
  return JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as GuardModel;
}

/**
 * Registers the shipped model with the meeting core, so every share's guard check consults it
 * when the rules find nothing (shared/meeting/guard-mode.ts). Called once at the server's start;
 * throws if the weights file cannot be read.
 */
export function startGuardModel(): void {
  useGuardModel(readGuardModel());
}
