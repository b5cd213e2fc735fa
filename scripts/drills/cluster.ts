// Two Runde processes on one throwaway Redis, for the drills that stop or kill a process.
import { spawnServer, type ServerProcess } from '../../test/helpers/process.js';
import { startRedis, type RedisHandle } from '../../test/helpers/redis-server.js';
import { DRILL_ENV, refuseDirectRun } from './common.js';

export interface Cluster {
  redis: RedisHandle;
  procs: ServerProcess[];
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function startCluster(n: number, extraEnv: Record<string, string> = {}): Promise<Cluster> {
  const redis = await startRedis();
  const env = { ...DRILL_ENV, REDIS_URL: redis.url, RUNDE_LOG_CAP: '100000', ...extraEnv };
  const procs = await Promise.all(Array.from({ length: n }, () => spawnServer(env)));
  return {
    redis,
    procs,
    env,
    async close() {
      await Promise.all(procs.map((p) => p.crash()));
      await redis.stop();
    },
  };
}

refuseDirectRun(import.meta.url);
