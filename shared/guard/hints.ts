// The words the speaker sees. Kind and short: a nudge while writing, never a verdict, and never
// shown to anyone else. Sources: seeds-digest R2 (share in the first person) and R8 (protect
// third parties: "my son", "my town").

export interface Text {
  nb: string;
  en: string;
}

export const HINTS = {
  advice: {
    nb: 'Prøv å dele fra egen erfaring («jeg …») i stedet for å gi råd.',
    en: 'Try sharing from your own experience (“I …”) rather than giving advice.',
  },
  crosstalkName: {
    nb: 'Her nevner du en annen i møtet. I en deling snakker vi om oss selv, ikke til hverandre.',
    en: 'This names someone in the meeting. In a share we speak about ourselves, not to each other.',
  },
  crosstalkReply: {
    nb: 'Dette ser ut som et svar til noen. Del gjerne det du selv kjenner deg igjen i, uten å svare.',
    en: 'This looks like a reply to someone. You could share what you recognise in yourself, without replying.',
  },
  echo: {
    nb: 'Dette er de samme ordene som i en annens deling. Vi deler ut fra egen erfaring, ikke det andre har sagt.',
    en: 'These are the same words as in someone else’s share. We share our own experience, not what others said.',
  },
  phone: {
    nb: 'Dette ser ut som et telefonnummer. Vurder å ta det bort, for din og andres skyld.',
    en: 'This looks like a phone number. Consider leaving it out, for your sake and others’.',
  },
  idNumber: {
    nb: 'Dette ser ut som et personnummer, kontonummer eller kortnummer. Det kan vise nøyaktig hvem noen er: ta det bort.',
    en: 'This looks like an identity, account or card number. It can show exactly who someone is: leave it out.',
  },
  email: {
    nb: 'Dette ser ut som en e-postadresse. Vurder å ta den bort.',
    en: 'This looks like an e-mail address. Consider leaving it out.',
  },
  // No "(@…)": a handle is often written without "@" ("snap: kari84"), and the page quotes the
  // handle as it was written before these words (client/meeting/live-hints.ts hintLine; a fresh
  // tester, 2026-12-06, read "(@…)" under a share with no "@" in it).
  handle: {
    nb: 'Dette ser ut som et brukernavn. Det kan vise hvem noen er: vurder å ta det bort.',
    en: 'This looks like a username. It can show who someone is: consider leaving it out.',
  },
  address: {
    nb: 'Dette ser ut som en adresse. Den kan vise hvor noen bor: ta den bort.',
    en: 'This looks like an address. It can show where someone lives: leave it out.',
  },
  url: {
    nb: 'En lenke kan vise hvem noen er. Vurder å ta den bort.',
    en: 'A link can show who someone is. Consider leaving it out.',
  },
  fullName: {
    nb: 'Dette ser ut som et fullt navn. Vurder «min sønn» eller «en venn» i stedet, for å verne den det gjelder.',
    en: 'This looks like a full name. Consider “my son” or “a friend” instead, to protect the person.',
  },
  // A full name right after "jeg heter" / "my name is": most likely the writer's own, so "my son"
  // would make no sense (a fresh tester, 2026-12-02); the anonymity is theirs to keep.
  ownFullName: {
    nb: 'Dette ser ut som et fullt navn. Her er du anonym: fornavnet eller kallenavnet ditt holder.',
    en: 'This looks like a full name. Here you are anonymous: your first name or your chosen name is enough.',
  },
  place: {
    nb: 'Et stedsnavn kan gjøre noen gjenkjennelige. Vurder «hjembyen min» i stedet.',
    en: 'A place name can make someone recognisable. Consider “my town” instead.',
  },
} as const satisfies Record<string, Text>;
