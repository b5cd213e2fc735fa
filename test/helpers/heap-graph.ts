// A heap snapshot of this process, read as a graph: for tests that must see what V8 really keeps
// (an array's backing store, which no JavaScript can observe), not just what is reachable.
import { getHeapSnapshot } from 'node:v8';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** One node of the snapshot: its type, name, own size in bytes, and its outgoing edges by name. */
export interface HeapNode {
  /** The node's index in this snapshot: one object (or string) is one node. */
  index: number;
  type: string;
  name: string;
  selfSize: number;
  /** The node an edge named `name` (a property, an internal field such as `elements`, an element's index) leads to. */
  edge(name: string): HeapNode | undefined;
  /** The names of the node's outgoing property edges. */
  properties(): string[];
}

/** Takes a heap snapshot of this process (after a collection) and reads it; seconds, and ~100 MB. */
export async function heapGraph(): Promise<{ objects(name: string, withProperty: string): HeapNode[] }> {
  const chunks: Buffer[] = [];
  for await (const c of getHeapSnapshot()) chunks.push(c as Buffer);
  const s = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RawSnapshot;
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const [NF, EF] = [nf.length, ef.length];
  const ntypes = s.snapshot.meta.node_types[0];
  const etypes = s.snapshot.meta.edge_types[0];
  const [ti, ni, si, eci] = [nf.indexOf('type'), nf.indexOf('name'), nf.indexOf('self_size'), nf.indexOf('edge_count')];
  const [eti, eni, eto] = [ef.indexOf('type'), ef.indexOf('name_or_index'), ef.indexOf('to_node')];
  const count = s.nodes.length / NF;
  const firstEdge = new Uint32Array(count + 1);
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e;
    e += s.nodes[n * NF + eci]! * EF;
    firstEdge[n + 1] = e;
  }
  /** An edge's name: a property's or internal field's, or an element's index as a string. */
  const named = (e: number): string | null => {
    const t = etypes[s.edges[e + eti]!];
    const v = s.edges[e + eni]!;
    if (t === 'element') return String(v);
    return t === 'property' || t === 'internal' || t === 'context' ? s.strings[v]! : null;
  };
  const node = (n: number): HeapNode => ({
    index: n,
    type: ntypes[s.nodes[n * NF + ti]!]!,
    name: s.strings[s.nodes[n * NF + ni]!]!,
    selfSize: s.nodes[n * NF + si]!,
    edge(name) {
      for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) if (named(e) === name) return node(s.edges[e + eto]! / NF);
      return undefined;
    },
    properties() {
      const out: string[] = [];
      for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) if (etypes[s.edges[e + eti]!] === 'property') out.push(s.strings[s.edges[e + eni]!]!);
      return out;
    },
  });
  return {
    objects(name, withProperty) {
      const out: HeapNode[] = [];
      for (let n = 0; n < count; n++) {
        if (ntypes[s.nodes[n * NF + ti]!] !== 'object' || s.strings[s.nodes[n * NF + ni]!] !== name) continue;
        const candidate = node(n);
        if (candidate.edge(withProperty)) out.push(candidate);
      }
      return out;
    },
  };
}

/**
 * The strings of this process's heap (a snapshot, after a collection) that hold the text whose
 * parts are `needleParts`: the parts are joined only after the snapshot is taken, so the text
 * looked for is not itself in it.
 */
export async function heapStringsHolding(needleParts: readonly string[]): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of getHeapSnapshot()) chunks.push(c as Buffer);
  const strings = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as RawSnapshot).strings;
  chunks.length = 0;
  const needle = needleParts.join('');
  return strings.filter((s) => s.includes(needle));
}
