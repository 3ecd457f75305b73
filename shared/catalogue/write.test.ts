import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { syntheticProject } from '../../test/helpers/catalogue-project.ts';
import { addCatalogueSheets, buildCatalogue } from './build.ts';
import { withDefaultFont } from './format.ts';
import { writeXlsx } from './write.ts';

const NOW = new Date('2026-03-01T10:00:00Z');

/** Every file part as text (folders left out: JSZip writes entries for them, which no reader needs). */
function partsOf(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(
    Object.entries(parts)
      .filter(([name]) => !name.endsWith('/'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
}

async function throughExceljs(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const raw: unknown = await workbook.xlsx.writeBuffer();
  return raw instanceof Uint8Array ? raw : new Uint8Array(raw as ArrayBuffer);
}

function catalogueWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  // Fixed dates, so docProps/core.xml is the same from both writers.
  wb.created = NOW;
  wb.modified = NOW;
  addCatalogueSheets(wb, syntheticProject(12), { now: NOW }, new Set());
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

describe('katalogets skriver', () => {
  it('skriver præcis de dele med præcis den XML, som exceljs selv skriver', async () => {
    const ours = partsOf(await writeXlsx(catalogueWorkbook()));
    const theirs = partsOf(await throughExceljs(catalogueWorkbook()));
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [name, xml] of theirs) expect(ours.get(name), name).toBe(xml);
  });

  it('sætter kun standardskrifttypen om i styles.xml; alt andet i kataloget er som exceljs skriver det', async () => {
    const catalogue = partsOf(await buildCatalogue(syntheticProject(12), { now: NOW }));
    const plain = partsOf(await writeXlsx(catalogueWorkbook()));
    const styles = catalogue.get('xl/styles.xml') ?? '';
    expect(styles).toBe(withDefaultFont(plain.get('xl/styles.xml') ?? ''));
    expect(styles).toMatch(
      /^[\s\S]*?<fonts[^>]*><font><sz val="11"\/><color theme="1"\/><name val="Arial"\/>/,
    );
    for (const [name, xml] of plain)
      if (name !== 'xl/styles.xml' && name !== 'docProps/core.xml')
        expect(catalogue.get(name), name).toBe(xml);
  });

  it('et billede fra en data-URL kommer med (skrevet ad exceljs egen vej)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.created = NOW;
    wb.modified = NOW;
    const ws = wb.addWorksheet('Ark');
    ws.getCell('A1').value = 'Logo';
    // A 1×1 PNG.
    const png =
      'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
    ws.addImage(wb.addImage({ base64: png, extension: 'png' }), 'B2:C3');
    const ours = unzipSync(await writeXlsx(wb));
    const image = ours['xl/media/image1.png'];
    expect(image?.subarray(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect(Object.keys(ours)).toContain('xl/drawings/drawing1.xml');
  });
});
