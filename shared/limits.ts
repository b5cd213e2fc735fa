// Protocol constants with no dependencies, so the browser bundle can import them without zod.
export const PROTOCOL_VERSION = 1;

export const LIMITS = {
  shareChars: 2000,
  noteChars: 1000,
  topicChars: 200,
  titleChars: 80,
  nameMin: 1,
  nameMax: 32,
  joinCodeMax: 64,
} as const;
