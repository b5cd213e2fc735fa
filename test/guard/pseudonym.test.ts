// Pseudonyms are checked at the door for phone numbers, e-mail addresses and handles (issue 12).
import { describe, expect, it } from 'vitest';
import { pseudonymHasContact } from '../../shared/guard/pseudonym.js';

describe('pseudonymHasContact', () => {
  it.each(['Kari 41234567', '412 34 567', 'Per 90 12 34 56', 'kari_84', 'per_nordmann', 'Ola 12345', 'kari@example.no'])('%j is refused', (name) => {
    expect(pseudonymHasContact(name)).toBe(true);
  });
  it.each(['Kari', 'Stille Fjord', 'Anne-Lise', 'Håp', 'Per 2', 'Gjest 17', 'Ny_', 'Tom 1984'])('%j is a pseudonym', (name) => {
    expect(pseudonymHasContact(name)).toBe(false);
  });
});
