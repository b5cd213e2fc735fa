import { describe, expect, it } from 'vitest';
import { MEETING_ID_LENGTH, parseFragment, parseJoinLink, routeOf } from '../../client/routes.js';
import { Ids } from '../../server/ids.js';

describe('client routes', () => {
  it('maps / to the landing page and /m/<id> to a meeting', () => {
    expect(routeOf('/')).toEqual({ page: 'landing' });
    expect(routeOf('/m/abc_DEF-123')).toEqual({ page: 'meeting', meetingId: 'abc_DEF-123' });
    expect(routeOf('/m/abc/')).toEqual({ page: 'meeting', meetingId: 'abc' });
  });

  it('maps /g/<slug> to a weekly group, and only slugs of the group file\'s alphabet', () => {
    expect(routeOf('/g/tirsdag-gruppa')).toEqual({ page: 'group', slug: 'tirsdag-gruppa' });
    expect(routeOf('/g/tirsdag/')).toEqual({ page: 'group', slug: 'tirsdag' });
    expect(routeOf('/g/Tirsdag')).toEqual({ page: 'notFound' });
    expect(routeOf('/g/')).toEqual({ page: 'notFound' });
    expect(routeOf(`/g/${'a'.repeat(65)}`)).toEqual({ page: 'notFound' });
  });

  it('refuses paths that are not a page, and ids outside the id alphabet', () => {
    expect(routeOf('/m/')).toEqual({ page: 'notFound' });
    expect(routeOf('/m/a b')).toEqual({ page: 'notFound' });
    expect(routeOf('/m/%3Cscript%3E')).toEqual({ page: 'notFound' });
    expect(routeOf('/m/abc/extra')).toEqual({ page: 'notFound' });
    expect(routeOf(`/m/${'a'.repeat(65)}`)).toEqual({ page: 'notFound' });
    expect(routeOf('/admin')).toEqual({ page: 'notFound' });
  });

  it('reads the chair key and join code from the fragment only', () => {
    expect(parseFragment('#chair=k3y&code=sol123')).toEqual({ chairKey: 'k3y', joinCode: 'sol123' });
    expect(parseFragment('#code=a%20b')).toEqual({ joinCode: 'a b' });
    expect(parseFragment('')).toEqual({});
    expect(parseFragment(`#chair=${'x'.repeat(65)}`)).toEqual({});
  });

  // A real meeting id: 16 random characters and a 10-character signature.
  const ID = 'V1StGXR8_Z5jdHi6B-myT0a1b2c3d4';
  const id = ID.slice(0, MEETING_ID_LENGTH);

  it('turns a pasted link, path or bare id into a local meeting path, keeping a join code', () => {
    expect(parseJoinLink(`  ${id} `)).toEqual({ path: `/m/${id}` });
    expect(parseJoinLink(`https://runde.example/m/${id}`)).toEqual({ path: `/m/${id}` });
    expect(parseJoinLink('https://other.example/m/abc123#code=sol 1')).toEqual({ path: '/m/abc123#code=sol%201' });
    expect(parseJoinLink(`/m/${id}`)).toEqual({ path: `/m/${id}` });
  });

  it('understands a link pasted together with its join code', () => {
    expect(parseJoinLink(`https://runde.example/m/${id} fjord-42`)).toEqual({ path: `/m/${id}#code=fjord-42` });
    expect(parseJoinLink(`https://runde.example/m/${id}  kode: fjord-42`)).toEqual({ path: `/m/${id}#code=fjord-42` });
    expect(parseJoinLink(`${id} code fjord-42`)).toEqual({ path: `/m/${id}#code=fjord-42` });
  });

  it('answers a join code on its own as a code, not as a meeting that does not exist', () => {
    expect(parseJoinLink('fjord-42')).toEqual({ problem: 'code' });
    expect(parseJoinLink('  Kode: fjord-42 ')).toEqual({ problem: 'code' });
    expect(parseJoinLink('abc123')).toEqual({ problem: 'code' });
  });

  it('never passes on a chair key from a pasted link', () => {
    expect(parseJoinLink('https://runde.example/m/abc123#chair=secret')).toEqual({ path: '/m/abc123' });
  });

  it('rejects text that is not a meeting link', () => {
    expect(parseJoinLink('')).toEqual({ problem: 'notLink' });
    expect(parseJoinLink('hello there')).toEqual({ problem: 'notLink' });
    expect(parseJoinLink('https://runde.example/')).toEqual({ problem: 'notLink' });
    expect(parseJoinLink('javascript:alert(1)')).toEqual({ problem: 'notLink' });
  });

  it('knows the length of the meeting ids the server makes', () => {
    expect(new Ids('secret').meetingId()).toHaveLength(MEETING_ID_LENGTH);
  });
});
