// Engine.IO keeps, per connection, a queue of "sent" callbacks (its private `sentCallbackFn`):
// every flush pushes onto it, every drain of the transport shifts one off, so an idle connection's
// queue is empty. But once the drain is hot, V8's optimized Array.prototype.shift leaves an array
// it empties with the 17 slots its first push gave it: 152 B held for good by every connection
// that has sent anything (the socket.io relay of the bench sends too little for its drain to get
// optimized, hence "only on Runde's connections"; Issue 10). After each drain an empty queue is
// replaced with a fresh empty array, which holds no slots.
import { createRequire } from 'node:module';

interface EngineSocketProto {
  onDrain?: (this: { sentCallbackFn?: unknown }) => void;
  [LEAN]?: true;
}
const LEAN = Symbol('runde.leanDrain');

/** Engine.IO's Socket prototype, from the engine.io that socket.io itself loads. */
function engineSocketProto(): EngineSocketProto | null {
  const require = createRequire(import.meta.url);
  const fromSocketIo = createRequire(require.resolve('socket.io'));
  const eio = fromSocketIo('engine.io') as { Socket?: { prototype: EngineSocketProto } };
  return eio.Socket?.prototype ?? null;
}

/**
 * Makes every Engine.IO connection let go of its emptied sent-callback queue after a drain (see
 * above). Idempotent; must run before connections arrive (Engine.IO binds `onDrain` when a
 * transport is set). Returns false, changing nothing, when Engine.IO no longer has that shape.
 */
export function leanEngineDrain(proto: EngineSocketProto | null = engineSocketProto()): boolean {
  if (!proto || typeof proto.onDrain !== 'function') return false;
  if (proto[LEAN]) return true;
  const onDrain = proto.onDrain;
  proto.onDrain = function leanDrain(this: { sentCallbackFn?: unknown }): void {
    onDrain.call(this);
    const queue = this.sentCallbackFn;
    if (Array.isArray(queue) && queue.length === 0) this.sentCallbackFn = [];
  };
  proto[LEAN] = true;
  return true;
}
