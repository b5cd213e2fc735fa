// A gentle signal when your turn comes: a badge in the tab title, an assertive announcement for
// screen readers, and, only if the person switched it on, a soft two-note chime.
import { applyTabIdentity } from '../discreet-tab.js';
import { loadPref, savePref } from '../session.js';

let audio: AudioContext | null = null;

export function soundEnabled(): boolean {
  return loadPref('sound') === 'on';
}

export function setSound(on: boolean): void {
  savePref('sound', on ? 'on' : 'off');
  // Browsers allow audio only after a gesture: this click is the one.
  if (on) ensureAudio();
}

function ensureAudio(): AudioContext | null {
  if (audio) return audio;
  const Ctor = window.AudioContext;
  if (!Ctor) return null;
  audio = new Ctor();
  return audio;
}

export function chime(): void {
  const ctx = ensureAudio();
  if (!ctx) return;
  void ctx.resume();
  const start = ctx.currentTime + 0.02;
  [523.25, 659.25].forEach((freq, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t0 = start + i * 0.22;
    gain.gain.setValueAtTime(0, t0);
    gain.gain.linearRampToValueAtTime(0.12, t0 + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.6);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + 0.65);
  });
}

export function setTurnTitle(yourTurn: boolean): void {
  // The discreet tab (discreet-tab.ts) decides the words: no meeting word when it is on.
  applyTabIdentity(yourTurn);
}
