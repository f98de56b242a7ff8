import { expect, test, vi } from 'vitest';

// verif14 n° 8: the dossier listened to the other tabs from the module's load. The house rule:
// nothing subscribes at load; the listener comes with the first subscriber (nanostores onMount).
vi.mock('../../../src/stores/indexeddb.ts', () => ({
  lireIDB: async () => undefined,
  ecrireIDB: async () => undefined,
  supprimerIDB: async () => undefined,
}));

const ecoutes: string[] = [];
class CanalEspion {
  constructor(readonly nom: string) {}
  addEventListener(type: string) {
    ecoutes.push(`+${type}`);
  }
  removeEventListener(type: string) {
    ecoutes.push(`-${type}`);
  }
  postMessage() {}
  close() {}
}
Object.defineProperty(globalThis, 'BroadcastChannel', { configurable: true, value: CanalEspion });

test('le dossier n’écoute les autres onglets qu’une fois utilisé, et cesse ensuite', async () => {
  vi.useFakeTimers();
  const { $dossier } = await import('../../../src/stores/dossier.ts');
  expect(ecoutes).toEqual([]);
  const arreter = $dossier.subscribe(() => undefined);
  expect(ecoutes).toEqual(['+message']);
  arreter();
  // nanostores unmounts a store a second after its last listener left.
  vi.advanceTimersByTime(1_500);
  expect(ecoutes).toEqual(['+message', '-message']);
  vi.useRealTimers();
});
