/**
 * The sheet scanner stays linear on any input: an unclosed comment, CDATA section, processing instruction or quote
 * ends the scan with an error (or is read past) after work proportional to the input. Asserted on the scanner's
 * own work counter (bytes examined and copied), never on time.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PENDING_BYTES, SheetScanError, SheetScanner } from './sheet-scanner.ts';

const BUDGET = new URL('../../../shared/fixtures/public/budget-clean.xlsx', import.meta.url);
const SHEET = unzipSync(new Uint8Array(readFileSync(BUDGET)))['xl/worksheets/sheet1.xml'] ?? new Uint8Array();
const MARKERS = ['<!--', '"', '<![CDATA[', '<?'].map((m) => new TextEncoder().encode(m));
/** Small chunks make any re-reading of kept bytes show: 1.6 MB is about 100 of them. */
const CHUNK = 16 * 1024;
/**
 * Kept bytes are copied once in, at most twice more as their buffer doubles, and searched once: a few passes. Reading
 * them again on every chunk, as a quadratic scanner does, costs about 50 passes on this sheet.
 */
const LINEAR = 5;

function scan(
  bytes: Uint8Array,
  oneCall = false,
): { visited: number; outcome: 'read' | SheetScanError['unclosed'] } {
  // Every text decoded, as when every cell is read; with `oneCall` the usual cell comes in one call, as the xlsx
  // reader takes it (its look ahead counts as visited).
  const scanner = new SheetScanner({
    open() {},
    close() {},
    text() {},
    wantText: () => 1,
    digits() {},
    ...(oneCall ? { cell: () => true } : {}),
  });
  try {
    for (let at = 0; at < bytes.length; at += CHUNK) scanner.write(bytes.subarray(at, at + CHUNK));
    scanner.end();
    return { visited: scanner.bytesVisited, outcome: 'read' };
  } catch (error) {
    if (!(error instanceof SheetScanError)) throw error;
    return { visited: scanner.bytesVisited, outcome: error.unclosed };
  }
}

type Mutation = { cut: true; at: number } | { cut: false; at: number; marker: number };

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.cut) out = out.subarray(0, at);
    else {
      const marker = MARKERS[m.marker] ?? new Uint8Array();
      const next = new Uint8Array(out.length + marker.length);
      next.set(out.subarray(0, at), 0);
      next.set(marker, at);
      next.set(out.subarray(at), at + marker.length);
      out = next;
    }
  }
  return out;
}

describe('arkets scanner er lineær på ethvert input', () => {
  const intact = scan(SHEET);

  it('det intakte ark læses med omkring én gennemgang af dets bytes', () => {
    expect(SHEET.length).toBeGreaterThan(1_000_000);
    expect(intact.outcome).toBe('read');
    expect(intact.visited).toBeLessThan(2 * SHEET.length);
    const oneCall = scan(SHEET, true);
    expect(oneCall.outcome).toBe('read');
    expect(oneCall.visited).toBeLessThan(2 * SHEET.length);
  });

  it('afklip og indsatte <!--, ", <![CDATA[ og <? koster højst en lille faktor mere', () => {
    const mutation: fc.Arbitrary<Mutation> = fc.oneof(
      fc.record({ cut: fc.constant(true as const), at: fc.nat() }),
      fc.record({
        cut: fc.constant(false as const),
        at: fc.nat(),
        marker: fc.nat({ max: MARKERS.length - 1 }),
      }),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const bytes = mutate(SHEET, mutations);
        expect(scan(bytes).visited).toBeLessThanOrEqual(LINEAR * intact.visited);
        expect(scan(bytes, true).visited).toBeLessThanOrEqual(LINEAR * intact.visited);
      }),
      { numRuns: 40 },
    );
  });

  it('en kommentar åbnet lige efter <sheetData> afslutter scanningen med en fejl, efter én gennemgang', () => {
    const at = new TextDecoder().decode(SHEET).indexOf('<sheetData>') + '<sheetData>'.length;
    const { visited, outcome } = scan(mutate(SHEET, [{ cut: false, at, marker: 0 }]));
    expect(outcome).toBe('comment');
    expect(visited).toBeLessThan(LINEAR * intact.visited);
    expect(scan(mutate(SHEET, [{ cut: false, at, marker: 0 }]), true).visited).toBeLessThan(
      LINEAR * intact.visited,
    );
  });

  it('et manglende anførselstegn i en rækkes attribut giver en fejl om et mærke, efter én gennemgang', () => {
    const text = new TextDecoder().decode(SHEET);
    const at = text.indexOf('<row r="1000"') + '<row r="1000'.length;
    const broken = new TextEncoder().encode(text.slice(0, at) + text.slice(at + 1));
    const { visited, outcome } = scan(broken);
    // The quote now pairs with the next one, and every quote after it, so no tag ends again.
    expect(outcome).toBe('tag');
    expect(visited).toBeLessThan(LINEAR * intact.visited);
    expect(scan(broken, true)).toEqual({ visited: expect.any(Number), outcome: 'tag' });
    expect(scan(broken, true).visited).toBeLessThan(LINEAR * intact.visited);
  });

  it('det der ventes på, holdes højst til grænsen og afvises så', () => {
    const open = new TextEncoder().encode('<worksheet><sheetData><!--');
    const scanner = new SheetScanner({ open() {}, close() {}, text() {}, wantText: () => 0, digits() {} });
    scanner.write(open);
    const block = new Uint8Array(1024 * 1024).fill(120);
    let error: unknown = null;
    let written = 0;
    try {
      for (; written < 2 * MAX_PENDING_BYTES; written += block.length) scanner.write(block);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SheetScanError);
    expect(written).toBeLessThanOrEqual(MAX_PENDING_BYTES);
    expect(scanner.bytesVisited).toBeLessThan(4 * MAX_PENDING_BYTES);
  });
});
