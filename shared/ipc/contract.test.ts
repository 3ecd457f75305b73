import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EVENTS,
  HostError,
  REQUEST_NAMES,
  REQUESTS,
  eventMethodName,
  fileNameSchema,
  parsePayload,
  parseResult,
  requestChannel,
} from './contract.ts';

describe('IPC-kontrakten', () => {
  it('et filnavn fra værten kan aldrig være en sti', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom('/', '\\'), (name, sep) => {
        expect(fileNameSchema.safeParse(`${name}${sep}${name}`).success).toBe(false);
      }),
    );
    expect(fileNameSchema.safeParse('Budget 2027.xlsx').success).toBe(true);
    expect(fileNameSchema.safeParse('C:\\Users\\x\\Budget.xlsx').success).toBe(false);
  });

  it('gem-projekt kræver bytes, ikke tekst eller en sti', () => {
    expect(() => parsePayload('saveProject', { bytes: 'abc', suggestedName: 'x.raaderum' })).toThrow(
      HostError,
    );
    expect(() => parsePayload('saveProject', { path: '/etc/passwd', suggestedName: 'x.raaderum' })).toThrow(
      HostError,
    );
    const ok = parsePayload('saveProject', { bytes: new Uint8Array([1, 2]), suggestedName: 'x.raaderum' });
    expect([...ok.bytes]).toEqual([1, 2]);
  });

  it('en forespørgsel uden indhold afviser indhold', () => {
    expect(() => parsePayload('openWorkbook', { path: 'C:/hemmelig.xlsx' })).toThrow(HostError);
    expect(parsePayload('openWorkbook', undefined)).toBeUndefined();
  });

  it('et svar fra værten valideres også', () => {
    expect(() => parseResult('openWorkbook', { name: '../x', bytes: new Uint8Array() })).toThrow(HostError);
    expect(parseResult('openWorkbook', null)).toBeNull();
  });

  it('hver forespørgsel har sin egen kanal, og begivenheder får onX-navne', () => {
    const channels = new Set(REQUEST_NAMES.map(requestChannel));
    expect(channels.size).toBe(Object.keys(REQUESTS).length);
    expect(Object.keys(EVENTS).map((n) => eventMethodName(n as keyof typeof EVENTS))).toEqual([
      'onCommand',
      'onFileOpened',
    ]);
  });
});
