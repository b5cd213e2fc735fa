// The README's example proxy configuration (docs/deploy/nginx.conf) is checked: by nginx itself
// (`nginx -t`) when it is installed, and always by parsing it for what Runde needs from a proxy:
// sticky sessions, WebSocket upgrade, failing over when a process stops, and no access log.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const path = fileURLToPath(new URL('../../docs/deploy/nginx.conf', import.meta.url));
const text = readFileSync(path, 'utf8');
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Directives as [block path, name, args], comments and quoting aside (enough for this file). */
function directives(src: string): { block: string; name: string; args: string[] }[] {
  const out: { block: string; name: string; args: string[] }[] = [];
  const stack: string[] = [];
  const tokens = src.replace(/#[^\n]*/gu, '').match(/[{};]|[^\s{};]+/gu) ?? [];
  let current: string[] = [];
  for (const t of tokens) {
    if (t === '{') {
      stack.push(current.join(' '));
      current = [];
    } else if (t === '}') {
      if (current.length) throw new Error(`unterminated directive ${current.join(' ')}`);
      if (!stack.length) throw new Error('unbalanced }');
      stack.pop();
    } else if (t === ';') {
      out.push({ block: stack.join(' > '), name: current[0]!, args: current.slice(1) });
      current = [];
    } else current.push(t);
  }
  if (stack.length || current.length) throw new Error('unbalanced braces or a missing ;');
  return out;
}

describe('the example nginx configuration', () => {
  const d = directives(text);
  const inBlock = (block: RegExp, name: string) => d.filter((x) => block.test(x.block) && x.name === name);

  it('is linked from the README', () => {
    expect(readme).toContain('docs/deploy/nginx.conf');
  });

  it('balances its blocks and balances load over several processes with sticky sessions', () => {
    expect(inBlock(/upstream runde$/u, 'ip_hash')).toHaveLength(1);
    expect(inBlock(/upstream runde$/u, 'server').length).toBeGreaterThanOrEqual(2);
  });

  it('passes WebSocket upgrades and fails over to another process when one stops', () => {
    const headers = inBlock(/location \/$/u, 'proxy_set_header').map((x) => x.args.join(' '));
    expect(headers).toContain('Upgrade $http_upgrade');
    expect(headers).toContain('Connection $connection_upgrade');
    // The Host the server compares the page's Origin with must keep the port ($host drops it).
    expect(headers.filter((h) => h.startsWith('Host '))).toEqual(['Host $http_host']);
    expect(inBlock(/location \/$/u, 'proxy_http_version')[0]?.args).toEqual(['1.1']);
    expect(inBlock(/location \/$/u, 'proxy_next_upstream')[0]?.args).toContain('error');
    expect(inBlock(/location \/$/u, 'proxy_pass')[0]?.args).toEqual(['http://runde']);
    // Idle sockets must outlive socket.io's 10 s ping interval.
    expect(Number.parseInt(inBlock(/location \/$/u, 'proxy_read_timeout')[0]?.args[0] ?? '0', 10)).toBeGreaterThan(20);
  });

  it('writes no access log (addresses) and logs errors only when critical', () => {
    expect(inBlock(/^http$/u, 'access_log')[0]?.args).toEqual(['off']);
    expect(d.find((x) => x.block === '' && x.name === 'error_log')?.args).toEqual(['stderr', 'crit']);
  });

  it('is self-contained: every temporary path lies under the prefix (-p), none under /var', () => {
    for (const name of ['client_body_temp_path', 'proxy_temp_path', 'fastcgi_temp_path', 'uwsgi_temp_path', 'scgi_temp_path']) {
      const [path] = inBlock(/^http$/u, name)[0]?.args ?? [];
      expect(path, name).toMatch(/^[a-z_]+$/u);
    }
    expect(d.find((x) => x.block === '' && x.name === 'pid')?.args).toEqual(['nginx.pid']);
  });

  // nginx-light is installed by scripts/ensure-system-deps.sh (npm test), like redis-server.
  // The README's own command (test/helpers/nginx.ts) runs it in test/drills/nginx-switch.test.ts.
  it('passes nginx -t in a fresh prefix made by mkdir -p alone, as an unprivileged user', () => {
    const nginx = spawnSync('sh', ['-c', 'command -v nginx || echo /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0]!;
    const dir = mkdtempSync(join(tmpdir(), 'runde-nginx-'));
    chmodSync(dir, 0o777);
    const prefix = join(dir, 'prefix');
    const asNobody = process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
    try {
      const r = spawnSync(asNobody[0] ?? 'sh', [...asNobody.slice(1), ...(asNobody.length ? ['sh'] : []), '-c', `mkdir -p "${prefix}" && "${nginx}" -t -p "${prefix}" -c "${path}" -e stderr`], { encoding: 'utf8' });
      expect(r.stderr).toContain('syntax is ok');
      expect(r.stderr).toContain('test is successful');
      expect(r.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
