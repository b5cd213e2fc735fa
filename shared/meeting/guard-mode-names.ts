// The share guard's modes by name (guard-mode.ts has what each does). Their own module: the page
// names them (the chair's guard panel, the form that creates a meeting) without loading the
// guard's rules, which come later as a chunk of their own (client/guard.ts).

/** The modes, gentlest first: `off`, `nudge`, `hold` (guard-mode.ts). */
export const GUARD_MODES = ['off', 'nudge', 'hold'] as const;
export type GuardMode = (typeof GUARD_MODES)[number];
/** A new meeting's mode unless its chair picks another. */
export const DEFAULT_GUARD_MODE: GuardMode = 'nudge';
