import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELL_TEXT_MAX } from './cell-text.ts';
import { encodePayload, type CataloguePayload } from './data-sheet.ts';

function payloadWith(project: string): CataloguePayload {
  return {
    format: 1,
    export: {
      statuses: null,
      catalogue: null,
      savingsPositive: false,
      proposalSheets: true,
      exportedAt: '2026-03-01T10:00:00.000Z',
      forslagIds: ['A_x000D_'],
      forslagSheet: 'Forslag',
      amountDecimals: 1,
    },
    project,
  };
}

/**
 * What a spreadsheet program may change: characters XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF, lone
 * surrogates), C1 controls, and whitespace other than the plain space.
 */
const CHANGEABLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|(?! )\s/;

describe('det skjulte dataark', () => {
  it('indeholder intet et regneark ændrer, når det gemmer: ingen _, ingen styretegn, ingen mellemrum i kanten', () => {
    const texts = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('_x000D_', 'a_x005F_x0041_b', '\r\n', '\ufffe\uffff', '\ud800', ' '.repeat(40_000)),
    );
    fc.assert(
      fc.property(fc.array(texts, { maxLength: 5 }), (parts) => {
        const project = parts.join('\u2028');
        const chunks = encodePayload(payloadWith(project));
        for (const chunk of chunks) {
          expect(chunk.length).toBeLessThanOrEqual(CELL_TEXT_MAX);
          expect(chunk).not.toMatch(/_|^\s|\s$/);
          expect(chunk).not.toMatch(CHANGEABLE);
        }
        expect((JSON.parse(chunks.join('')) as CataloguePayload).project).toBe(project);
      }),
      { numRuns: 300 },
    );
  });
});
