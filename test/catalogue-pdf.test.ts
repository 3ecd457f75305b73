/**
 * The catalogue as a council member holds it: exported from the public fixtures (70 proposals), printed to PDF by
 * LibreOffice, and read back word by word with poppler's `pdftotext -bbox-layout` (Debian's poppler-utils). Every
 * proposal title stands whole in the printed list, the list flows over more than one page, no word is smaller than
 * 8 pt, no page is shrunk to a corner, and the Årsværk sheet's totals are the fixture's årsværk. The page images of
 * the run are kept in test/.tmp/catalogue-pdf/ to be looked at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../shared/catalogue/index.ts';
import type { Project } from '../shared/model/project.ts';
import type { Proposal } from '../shared/model/proposal.ts';
import { fixtureProject } from './helpers/catalogue-project.ts';
import { readExpected } from './helpers/fixtures.ts';
import { libreOfficeConvert } from './helpers/libreoffice.ts';

const OUT = join(import.meta.dirname, '.tmp', 'catalogue-pdf');
const YEARS = ['2026', '2027', '2028', '2029'];

interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

interface Page {
  number: number;
  width: number;
  height: number;
  words: Word[];
  /** The page's rows of text, top to bottom: words whose middles are level, left to right. */
  lines: string[];
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function num(attrs: string, name: string): number {
  return Number(new RegExp(`${name}="([^"]+)"`).exec(attrs)?.[1] ?? NaN);
}

/** Words grouped into rows by their vertical middle (cells of one spreadsheet row share it). */
function rows(words: readonly Word[]): string[] {
  const middle = (w: Word): number => (w.yMin + w.yMax) / 2;
  const sorted = [...words].sort((a, b) => middle(a) - middle(b));
  const out: Word[][] = [];
  for (const w of sorted) {
    const last = out.at(-1);
    if (last && Math.abs(middle(last[0] as Word) - middle(w)) < 2.5) last.push(w);
    else out.push([w]);
  }
  return out.map((row) =>
    row
      .sort((a, b) => a.xMin - b.xMin)
      .map((w) => w.text)
      .join(' '),
  );
}

/** The PDF's pages as `pdftotext -bbox-layout` reads them. */
function readPdf(path: string): Page[] {
  const xhtml = execFileSync('pdftotext', ['-bbox-layout', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  return xhtml
    .split('<page ')
    .slice(1)
    .map((chunk, i) => {
      const words: Word[] = [];
      for (const w of chunk.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)) {
        const attrs = w[1] ?? '';
        words.push({
          text: unescapeXml(w[2] ?? ''),
          xMin: num(attrs, 'xMin'),
          yMin: num(attrs, 'yMin'),
          xMax: num(attrs, 'xMax'),
          yMax: num(attrs, 'yMax'),
        });
      }
      return {
        number: i + 1,
        width: num(chunk, 'width'),
        height: num(chunk, 'height'),
        words,
        lines: rows(words),
      };
    });
}

/** The fixture's 60 proposals and 10 more without årsværk, so the list has 70 and the årsværk stay the fixture's. */
function seventyProposals(): Project {
  const project = fixtureProject();
  const extra = project.proposals.slice(10, 20).map((p, i): Proposal => ({
    ...p,
    id: `${p.id.slice(0, 2)}-9${i}`,
    title: `${p.title} (udvidet)`,
    fte: p.fte.map(() => 0),
    amounts: [...p.amounts],
    income: [...p.income],
  }));
  return { ...project, proposals: [...project.proposals, ...extra] };
}

let project: Project;
let pages: Page[];
/** Font size of a word, from its box height and the front page's 16 pt title (the ratio depends on the font). */
let sizeOf: (w: Word) => number;

beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  project = seventyProposals();
  return (async () => {
    const xlsx = join(OUT, 'katalog.xlsx');
    writeFileSync(xlsx, await buildCatalogue(project, { now: new Date('2026-03-01T10:00:00Z') }));
    const [pdf] = libreOfficeConvert([xlsx], 'pdf', OUT);
    pages = readPdf(pdf as string);
    // The page images, to be looked at (a test cannot judge what a council member can read).
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf as string, join(OUT, 'side')]);
    const title = pages[0]?.words.find((w) => w.text === 'Prioriteringskatalog,');
    if (!title) throw new Error('forsiden har ingen titel');
    const ratio = (title.yMax - title.yMin) / 16;
    sizeOf = (w) => (w.yMax - w.yMin) / ratio;
  })();
});

/** The pages of the printed Forslag list: they start with its repeated header row. */
function listPages(): Page[] {
  return pages.filter((p) => p.lines.slice(0, 2).some((l) => l.startsWith('Nr. Titel Vej Kategori')));
}

describe('kataloget udskrevet til PDF af LibreOffice', () => {
  it('Forslag-listen fylder mere end én side og har overskriften øverst på hver side', () => {
    const list = listPages();
    expect(list.length).toBeGreaterThan(1);
    // consecutive pages
    expect(list.map((p) => p.number)).toEqual(list.map((_, i) => (list[0]?.number ?? 0) + i));
    expect(readdirSync(OUT).filter((f) => f.endsWith('.png')).length).toBe(pages.length);
  });

  it('hver forslagstitel står hel i listen', () => {
    const list = listPages();
    const titled: string[] = [];
    for (const page of list) {
      const header = page.words.find((w) => w.text === 'Titel');
      const next = page.words.find((w) => w.text === 'Vej' && Math.abs(w.yMin - (header?.yMin ?? 0)) < 2);
      if (!header || !next) throw new Error(`side ${page.number}: ingen kolonne Titel`);
      // The words in the Titel column, in reading order.
      const words = page.words
        .filter(
          (w) => (w.yMin + w.yMax) / 2 > header.yMax && w.xMin >= header.xMin - 2 && w.xMin < next.xMin - 1,
        )
        .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
      titled.push(words.map((w) => w.text).join(' '));
    }
    const text = ` ${titled.join(' ')} `;
    const missing = project.proposals.filter((p) => !text.includes(` ${p.title.replace(/\s+/g, ' ')} `));
    expect(missing.map((p) => `${p.id}: ${p.title}`)).toEqual([]);
  });

  it('intet ord er mindre end 8 punkt, og ingen side er skrumpet til et hjørne', () => {
    const small: string[] = [];
    const narrow: number[] = [];
    for (const page of pages) {
      for (const w of page.words)
        if (sizeOf(w) < 7.95) small.push(`side ${page.number}: '${w.text}' ${sizeOf(w).toFixed(1)} pt`);
      // Fitted to the width: the text spans at least a third of the page (the footer does by itself, so not it).
      const body = page.words.filter((w) => w.yMax < page.height - 60);
      if (body.length === 0) continue;
      const span = Math.max(...body.map((w) => w.xMax)) - Math.min(...body.map((w) => w.xMin));
      if (span < page.width / 3) narrow.push(page.number);
    }
    expect(small.slice(0, 10)).toEqual([]);
    expect(narrow).toEqual([]);
  });

  it('Årsværk: totalen pr. år er fixturens årsværk', () => {
    const expected = readExpected<{ totals: { aarsvaerk: Record<string, number> } }>('proposals-list.xlsx');
    const page = pages.find((p) => p.lines[0] === 'Årsværk');
    if (!page) throw new Error('ingen side Årsværk');
    const total = page.lines.find((l) => l.startsWith('I alt '));
    // LibreOffice prints in its own locale; the numbers are compared, not their punctuation.
    const numbers = (total ?? '')
      .slice('I alt '.length)
      .split(' ')
      .map((t) => Number(t.replace(/,/g, '.')));
    expect(numbers).toEqual(YEARS.map((y) => expected.totals.aarsvaerk[y]));
  });
});
