// Who may be handed "chair next time" of a weekly group (group-meeting.ts handChairNextTime),
// in one place: the core checks a chair's choice with it, and the chair's page lists exactly the
// people it would accept (client/meeting/group-tools.ts), so the page cannot offer someone the
// server refuses. Its own module because the page imports it.

/**
 * Whether someone present may be handed "chair next time": they offered to chair (`volunteer`,
 * given at the door) and are connected now (whoever gets it receives the one-time key at once,
 * on their own page). Takes a participant of the state or of a view alike.
 */
export function mayChairNextTime(p: { volunteer: boolean; connected: boolean }): boolean {
  return p.volunteer && p.connected;
}
