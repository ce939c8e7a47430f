// The English detector of the Spanish walk (tests/browser/english-detector.ts), in node: it flags
// English UI text and English sentences, and passes Spanish text, Spanish text with a source's own
// English words inside quotation marks, proper names and publication titles, URLs and numbers.
import { describe, expect, it } from 'vitest';
import { describeFindings, englishNumbers, englishWords, findEnglish, PROPER_NAMES, stripQuotations } from '../browser/english-detector';

const at = (...texts: string[]) => texts.map((text) => ({ screen: 'test', text }));

describe('the English detector', () => {
  it('flags English sentences and short English labels', () => {
    const found = findEnglish(
      at(
        'With the 10,000 troops in the region, a full-scale invasion and control of the country succeeds in fewer than 5% of runs.',
        'Troops per 1,000 inhabitants (log scale)',
        'Undo',
        'What this scenario assumes',
        'Venezuela: el despliegue de 2025 (10.000): 10.000 troops',
      ),
    );
    expect(found.map((f) => f.text)).toEqual([
      'With the 10,000 troops in the region, a full-scale invasion and control of the country succeeds in fewer than 5% of runs.',
      'Troops per 1,000 inhabitants (log scale)',
      'Undo',
      'What this scenario assumes',
      'Venezuela: el despliegue de 2025 (10.000): 10.000 troops',
    ]);
    expect(found[0]!.words).toEqual(expect.arrayContaining(['with', 'the', 'troops', 'region']));
    expect(describeFindings(found)).toContain('[test] "Undo" (English: undo)');
  });

  it('flags English left in a Spanish sentence when two or more listed words remain', () => {
    expect(findEnglish(at('Afirmación puesta a prueba: With the 10,000 troops in the region.'))).toHaveLength(1);
    expect(findEnglish(at('Decisión de diseño: no published value; half to double the chosen 5% (docs/model.md §7b).'))).toHaveLength(1);
  });

  it('passes Spanish text, including words that are the same in both languages', () => {
    const spanish = at(
      'Con los 10.000 efectivos de la región, una invasión a gran escala con control del país tiene éxito en menos del 5 % de las simulaciones.',
      'Soldados por cada 1.000 habitantes (escala logarítmica)',
      'Deshacer',
      'Qué supone este escenario',
      'El plan general de la capital: total 3,2:1, final del día 4.',
      'No hay ratio de defensa; el defensor no tiene reserva.',
      'Has ganado: el tornado muestra qué entrada mueve más la cifra.',
    );
    expect(findEnglish(spanish)).toEqual([]);
  });

  it('leaves out a source’s words inside quotation marks («…», “…”, "…", ‘…’)', () => {
    expect(stripQuotations('Dijo “not enough for a full-scale invasion” ayer')).toBe('Dijo   ayer');
    const quoted = at(
      'El artículo dice que son "not enough for a full-scale invasion" (insuficientes para una invasión a gran escala).',
      'Mark Cancian: «the war planners would want something more like 150,000», según el Financial Times.',
      '“the American forces in the region are not enough for a full-scale invasion, experts said”',
      'El ‘uses of force that fall below the level of a full-up invasion’ se lee así.',
    );
    expect(findEnglish(quoted)).toEqual([]);
    // The same words outside the marks are English.
    expect(findEnglish(at('El artículo dice que son not enough for a full-scale invasion.'))).toHaveLength(1);
  });

  it('leaves out proper names, publication titles, URLs and file names', () => {
    const names = [...PROPER_NAMES, 'The Unexpected War', 'Ministry of National Defence of Poland'];
    const seen = at(
      'Resultado histórico (American RadioWorks; Ministry of National Defence of Poland), 2003',
      'American RadioWorks, The Unexpected War, 2003. https://example.org/the-war-of-the-world.html',
      'Expertos citados por el Financial Times, octubre de 2025',
      'Consulta docs/model.md y scenarios/venezuela-planners.json antes de jugar.',
    );
    expect(findEnglish(seen, names)).toEqual([]);
    // Without the name on the list, the title's function words are English.
    expect(englishWords('Resultado histórico (Ministry of National Defence of Poland)', [])).toEqual(['of', 'of']);
  });

  it('flags numbers written the English way and passes Spanish number format', () => {
    expect(englishNumbers('0.4 → 0.6 (rango de diseño)')).toEqual(['0.4', '0.6']);
    expect(englishNumbers('De 1.25 a 0.015 y 10,000 efectivos; 1,234.5')).toEqual(['1.25', '0.015', '10,000', '1,234.5']);
    expect(englishNumbers('0,4 → 0,6; 10.000 efectivos; 28.405.543 habitantes; 1,5 y 0,015; 1:237,2 %; 3:1')).toEqual([]);
    // Years, ranges, section marks, report numbers, dates and URLs are not numbers to format.
    expect(englishNumbers('1904-1991, RAND MR-1753, CGSC ST 100-9, §7b, 13(4), 4 de diciembre de 2014, https://example.org/a/1.2, (127.0.0.1:43107)')).toEqual([]);
    // One English number is enough to flag a long Spanish text.
    const found = findEnglish(at('Con 10.000 soldados el plan automático tiene éxito en el 0.5 % de las partidas con los datos fijados.'));
    expect(found.map((f) => f.words)).toEqual([['0.5']]);
  });

  it('reports each text once per screen', () => {
    const found = findEnglish([
      { screen: 'a', text: 'Undo' },
      { screen: 'a', text: 'Undo' },
      { screen: 'b', text: 'Undo' },
    ]);
    expect(found.map((f) => f.screen)).toEqual(['a', 'b']);
  });
});
