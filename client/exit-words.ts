// The neutral page quick exit lands on: an everyday recipe with no word of Runde or meetings, in
// the language the person had chosen. The build writes it as exit.html / exit-en.html
// (scripts/build-client.ts); the page draws the same in place when the network is gone
// (quick-exit.ts), since going to /exit then shows the browser's own "no internet" page.

/** The recipe's words, by page language. */
export const EXIT_WORDS = {
  nb: {
    title: 'Enkel grønnsakssuppe',
    lead: 'En varm suppe til kalde kvelder. Klar på en halvtime, og den smaker enda bedre dagen etter.',
    need: 'Dette trenger du (4 porsjoner)',
    items: ['2 gulrøtter', '1 purreløk', '3 poteter', '1 liter grønnsaksbuljong', 'Salt, pepper og litt persille'],
    how: 'Slik gjør du',
    steps: [
      'Skrell og skjær grønnsakene i terninger.',
      'Fres purreløken mykt i en stor gryte med litt olje.',
      'Ha i resten av grønnsakene og buljongen, og la det småkoke i 20 minutter.',
      'Smak til med salt og pepper, og dryss over persille.',
    ],
    weather: 'Været i morgen',
    weatherUrl: 'https://www.yr.no/',
  },
  en: {
    title: 'Simple vegetable soup',
    lead: 'A warm soup for cold evenings. Ready in half an hour, and it tastes even better the next day.',
    need: 'You will need (4 servings)',
    items: ['2 carrots', '1 leek', '3 potatoes', '1 litre of vegetable stock', 'Salt, pepper and a little parsley'],
    how: 'Method',
    steps: [
      'Peel the vegetables and cut them into cubes.',
      'Soften the leek in a large pot with a little oil.',
      'Add the rest of the vegetables and the stock, and let it simmer for 20 minutes.',
      'Season with salt and pepper, and sprinkle with parsley.',
    ],
    weather: "Tomorrow's weather",
    weatherUrl: 'https://www.yr.no/en',
  },
} as const;
