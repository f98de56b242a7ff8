import { describe, expect, it } from 'vitest';
import { DOCUMENTS_SOURCES, nomDocument } from '../../../src/build/documents-sources.ts';
import { SourceSchema } from '../../../src/schemas/chapitre.ts';

describe('the five source documents, named by what they are', () => {
  it('every seed a chapter may cite has a name and a nature', () => {
    for (const seed of SourceSchema.shape.seed.options) {
      expect(nomDocument(seed)).toMatch(/^(le|la|les) /);
      expect(nomDocument(seed)).not.toMatch(/\d{3}/);
      expect(DOCUMENTS_SOURCES[seed].nature.length).toBeGreaterThan(20);
    }
  });
  it('names the course and the BTS dossier outline as the issue asks', () => {
    expect(nomDocument('000')).toContain('L’organisation de la prospection');
    expect(nomDocument('002')).toContain('dossier de prospection du BTS NDRC');
  });
});
