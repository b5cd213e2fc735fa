// Baseline 1: the least a socket.io server can do for a share round. `join` puts the socket in
// a room; `share` is relayed to everyone else in that room with the sender's name and a seq.
// No validation, no state, no turn order: the floor Runde is measured against.
// Run by scripts/bench/main.ts as a child process (it reports its port over IPC).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { serveBenchIpc } from './child-ipc.js';

const http = createServer();
const io = new Server(http, { serveClient: false, pingInterval: 10_000, pingTimeout: 10_000 });
let seq = 0;

io.on('connection', (socket) => {
  let room = '';
  let name = '';
  socket.on('join', (p: { room: string; name: string }, ack: (a: unknown) => void) => {
    room = p.room;
    name = p.name;
    void socket.join(room);
    ack({ ok: true });
  });
  socket.on('share', (p: { text: string }, ack: (a: unknown) => void) => {
    socket.to(room).emit('event', { seq: ++seq, event: { type: 'share', name, text: p.text } });
    ack({ ok: true });
  });
});

http.listen(0, '127.0.0.1', () => serveBenchIpc((http.address() as AddressInfo).port));
