// Baseline 2: a raw WebSocket relay (the `ws` package, no socket.io). JSON messages:
// {t:'join', room, name} and {t:'share', text}; each answered with {"ok":true}; a share is
// relayed to the others in the room. The floor under the socket.io floor.
// Run by scripts/bench/main.ts as a child process (it reports its port over IPC).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { serveBenchIpc } from './child-ipc.js';

const http = createServer();
const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
const rooms = new Map<string, Set<WebSocket>>();
let seq = 0;

wss.on('connection', (ws) => {
  let room: Set<WebSocket> | undefined;
  let name = '';
  ws.on('message', (data: Buffer) => {
    const m = JSON.parse(data.toString('utf8')) as { t: string; room?: string; name?: string; text?: string };
    if (m.t === 'join' && m.room) {
      room = rooms.get(m.room) ?? new Set();
      rooms.set(m.room, room);
      room.add(ws);
      name = m.name ?? '';
    } else if (m.t === 'share' && room) {
      const out = JSON.stringify({ seq: ++seq, event: { type: 'share', name, text: m.text } });
      for (const peer of room) if (peer !== ws) peer.send(out);
    }
    ws.send('{"ok":true}');
  });
  ws.on('close', () => room?.delete(ws));
});

http.listen(0, '127.0.0.1', () => serveBenchIpc((http.address() as AddressInfo).port));
