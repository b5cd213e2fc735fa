// The share guard's model on the server (issue 12): its weights ship in the repo
// (server/guard-model.json, written by scripts/guard-train.ts from the labelled corpus), so
// nothing is downloaded at run time; the page keeps the rules alone, since the weights
// (~340 KiB, ~95 KB compressed) would not fit its first-load budget.
import type { GuardModel } from '../shared/guard/model.js';
import { useGuardModel } from '../shared/guard/model.js';
import weights from './guard-model.json' with { type: 'json' };

/** The shipped model (probability threshold, bias, weights per feature). */
export const GUARD_MODEL = weights as GuardModel;

/**
 * Registers the shipped model with the meeting core, so every share's guard check consults it
 * when the rules find nothing (shared/meeting/guard-mode.ts). Called once at the server's start.
 */
export function startGuardModel(): void {
  useGuardModel(GUARD_MODEL);
}
