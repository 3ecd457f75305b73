import { describe, expect, it } from 'vitest';
import { kindFromFileName, unsupportedFileMessage } from './file-kinds.ts';

describe('hvad en fil er (én afgørelse for værten og browseren)', () => {
  it('projekter og regneark genkendes på endelsen, uanset store og små bogstaver', () => {
    expect(kindFromFileName('Budget 2027.RAADERUM')).toBe('project');
    for (const name of ['b.xlsx', 'b.XLSM', 'b.ods', 'b.csv'])
      expect(kindFromFileName(name)).toBe('workbook');
  });

  it('alt andet afvises med en dansk sætning, der siger hvad der kan åbnes', () => {
    for (const name of ['b.xls', 'noter.txt', 'raaderum', 'projekt.raaderum.bak'])
      expect(kindFromFileName(name)).toBeNull();
    expect(unsupportedFileMessage('noter.txt')).toBe(
      "'noter.txt' kan ikke åbnes i Råderum. Brug et Råderum-projekt (.raaderum) eller et regneark (xlsx, xlsm, ods, csv).",
    );
  });
});
