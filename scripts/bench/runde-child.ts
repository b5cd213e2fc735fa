// Runde under benchmark: the real server (server/app.ts) with its configuration from the
// environment (REDIS_URL selects the Redis store), logs silenced, reporting over IPC like the
// relays. Limits that a load test would trip on purpose (rate, creation, share length) are
// raised by the parent through the environment, nothing else is changed.
import { startServer } from '../../server/app.js';
import { setLogSink } from '../../server/log.js';
import { serveBenchIpc } from './child-ipc.js';

setLogSink(() => undefined);
const server = await startServer({ port: 0, host: '127.0.0.1' });
serveBenchIpc(server.port);
