// The greeter's set welcomes (Issue 15): fixed texts from the format, never free text, so the
// greeter role adds no private channel. One for the room (a newcomer is here), one for the
// waiting room (someone will let you in soon). Our own wording, bokmål and English.
import type { Text } from './types.js';

export interface Greetings {
  room: Text;
  waiting: Text;
}

export const GREETINGS = {
  shared: {
    room: {
      nb: 'En særlig velkommen til deg som er ny her. Du trenger ikke si noe: å lytte er også å være med. Bli gjerne til slutt.',
      en: 'A special welcome to anyone who is new here. You need not say anything: listening is taking part too. Do stay to the end.',
    },
    waiting: {
      nb: 'Velkommen! Du blir sluppet inn om litt. Les møtereglene mens du venter, og godta dem når du er klar.',
      en: 'Welcome! You will be let in shortly. Read the guidelines while you wait, and accept them when you are ready.',
    },
  },
  family: {
    room: {
      nb: 'En særlig velkommen til deg som er her for første gang. Mange av oss kjenner uroen du kanskje har med deg. Du trenger ikke si noe før du vil.',
      en: 'A special welcome to you who are here for the first time. Many of us know the worry you may carry. You need not say anything until you want to.',
    },
    waiting: {
      nb: 'Velkommen! Du blir sluppet inn om litt. Ingen her vil spørre deg ut. Les møtereglene mens du venter, og godta dem når du er klar.',
      en: 'Welcome! You will be let in shortly. Nobody here will question you. Read the guidelines while you wait, and accept them when you are ready.',
    },
  },
} satisfies Record<string, Greetings>;
