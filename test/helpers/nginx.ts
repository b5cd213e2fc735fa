// Runs the README's example nginx (docs/deploy/nginx.conf) in front of server processes, for
// tests: the README's own nginx command line (from its "Several processes behind a proxy"
// block), with only the prefix directory, the configuration's path and the ports changed. As
// root it runs as `nobody`, as an operator without privileges would. Optionally with an access
// log of status codes only (the example has none, for anonymity), to count what clients saw.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './redis-server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NGINX_CONF = join(ROOT, 'docs/deploy/nginx.conf');

/** The README's nginx command (the line of its proxy block that starts nginx), trailing `&` and comment removed. */
export function readmeNginxCommand(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('### Several processes behind a proxy');
  const block = /```sh\n([\s\S]*?)```/u.exec(readme.slice(start))?.[1] ?? '';
  const line = block.split('\n').find((l) => /(^|&& )nginx /u.test(l));
  if (!line) throw new Error('no nginx command in the README');
  return line.replace(/\s+#.*$/u, '').replace(/\s*&\s*$/u, '');
}

export interface NginxHandle {
  url: string;
  /** Lines of the access log: `status upstream_status method transport upstream_addr` (with accessLog). */
  log(): string[];
  stop(): Promise<void>;
}

/** The example configuration with the listening port and the two upstream ports replaced. */
export function exampleConf(listen: number, upstreams: [number, number], accessLog: boolean): string {
  let conf = readFileSync(NGINX_CONF, 'utf8')
    .replace('listen 127.0.0.1:8080;', `listen 127.0.0.1:${listen};`)
    .replace('server 127.0.0.1:8081 ', `server 127.0.0.1:${upstreams[0]} `)
    .replace('server 127.0.0.1:8082 ', `server 127.0.0.1:${upstreams[1]} `);
  if (accessLog) conf = conf.replace('access_log off;', "log_format codes '$status $upstream_status $request_method $arg_transport $upstream_addr';\n    access_log access.log codes;");
  return conf;
}

export async function startNginx(upstreams: [number, number], o: { accessLog?: boolean } = {}): Promise<NginxHandle> {
  const port = await freePort();
  const confDir = mkdtempSync(join(tmpdir(), 'runde-nginx-conf-'));
  chmodSync(confDir, 0o755);
  const conf = join(confDir, 'nginx.conf');
  writeFileSync(conf, exampleConf(port, upstreams, !!o.accessLog), { mode: 0o644 });
  // A prefix that does not exist yet: the README's command must create what it needs.
  const prefix = join(confDir, 'prefix');
  const command = readmeNginxCommand().replaceAll('/tmp/runde-nginx', prefix).replace('"$PWD/docs/deploy/nginx.conf"', conf);
  const asNobody = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v setpriv']).status === 0;
  if (asNobody) chmodSync(confDir, 0o777);
  const argv = asNobody ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', 'sh', '-c', command] : ['sh', '-c', command];
  const child = spawn(argv[0]!, argv.slice(1), { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` } });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const killGroup = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, sig);
    } catch {
      // Gone already.
    }
  };
  const onExit = (): void => killGroup('SIGKILL');
  process.on('exit', onExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(true)));
      s.once('error', () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      killGroup('SIGKILL');
      throw new Error(`nginx did not start (${command}): ${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    log: () => {
      try {
        return readFileSync(join(prefix, 'access.log'), 'utf8').trim().split('\n').filter(Boolean);
      } catch {
        return [];
      }
    },
    async stop() {
      killGroup('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      killGroup('SIGKILL');
      process.off('exit', onExit);
      rmSync(confDir, { recursive: true, force: true });
    },
  };
}
