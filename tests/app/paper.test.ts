// The handout's default paper (src/ui/kit/paper.ts): Letter for the regions CLDR lists as US-Letter,
// A4 for every other region and when no language names a region.
import { describe, expect, it } from 'vitest';
import { defaultPaper } from '../../src/ui/kit/paper';

describe('default paper for the handout', () => {
  it('is Letter in the US-Letter regions and A4 elsewhere', () => {
    for (const tag of ['en-US', 'en-CA', 'fr-CA', 'es-US', 'es-MX', 'es-CO', 'es-CL', 'es-VE', 'es-PR', 'en-PH', 'es_mx']) expect(defaultPaper([tag]), tag).toBe('letter');
    for (const tag of ['en-GB', 'es-ES', 'es-AR', 'es-PE', 'de-DE', 'en-AU', 'en-IN', 'pt-BR']) expect(defaultPaper([tag]), tag).toBe('a4');
  });

  it('uses the first language that names a region, and A4 when none does', () => {
    expect(defaultPaper(['es', 'es-MX', 'en-GB'])).toBe('letter');
    expect(defaultPaper(['en-GB', 'en-US'])).toBe('a4');
    expect(defaultPaper(['es-419'])).toBe('a4');
    expect(defaultPaper(['zh-Hant-TW'])).toBe('a4');
    expect(defaultPaper(['en', 'es'])).toBe('a4');
    expect(defaultPaper([])).toBe('a4');
  });
});
