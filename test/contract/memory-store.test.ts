import { MemoryStore } from '../../server/store/memory.js';
import { storeContract } from './store.contract.js';

storeContract('MemoryStore', (opts) => new MemoryStore(opts));
