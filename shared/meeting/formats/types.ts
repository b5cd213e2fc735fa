// The shapes of formats and readings (kept apart so the catalogue and readings import no cycle).
import type { Access, Phase, Settings, TurnMode } from '../state.js';
import type { Segment } from './segments.js';
import type { Greetings } from './greetings.js';

export interface Text {
  nb: string;
  en: string;
}

export interface Reading {
  id: string;
  title: Text;
  text: Text;
  /** The phase the chair reads it in: opening readings before the round, closing ones at the end. */
  phase: 'opening' | 'closing';
}

/**
 * A meeting format as data: the chair's "recipe". `phases` is the order the meeting goes through
 * (it holds 'open' exactly when settings.openSharing is true); settings.shareMs is the default
 * share length in ms (text is slow: 4–5 minutes); settings.rotateChairEachRound hands the chair on
 * after each round; `access` is the default for groups of this format.
 */
export interface Format {
  id: string;
  name: Text;
  description: Text;
  turnMode: TurnMode;
  access: Access;
  phases: Phase[];
  settings: Settings;
  readings: Reading[];
  /** The meeting script (segments.ts): the steps in order, each with its planned length. */
  script: Segment[];
  /** The greeter's set welcomes (greetings.ts): to the room and to the waiting room. */
  greetings: Greetings;
}
