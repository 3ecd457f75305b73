/**
 * Reading the kontoplan's codes as municipalities write them. A funktion is one digit of hovedkonto, two of
 * hovedfunktion and two of funktion ("3.22.01"); the dranst is one digit (1 drift … 7 finansiering). Nothing here
 * guesses: text that does not read as exactly one code is null, and the importer warns with its cell.
 */

/** A funktion as read: its canonical code and, when the cell said it, the name written after the code. */
export interface ReadFunction {
  /** "3.22.01". */
  function: string;
  /** "3". */
  mainAccount: string;
  /** "3.22". */
  mainFunction: string;
  /** The text after the code in the cell ("3.22.01 Folkeskoler" → "Folkeskoler"); absent when there was none. */
  name?: string;
  /** A kontostreng's dranst digit, when the cell was a kontostreng that says it ("3.22.01.1"). */
  dranst?: string;
}

/** The dranst values of the kontoplan (Budget- og regnskabssystem for kommuner, afsnit 2.2), by digit. */
export const DRANST_NAMES: Readonly<Record<string, string>> = {
  '1': 'Drift',
  '2': 'Statsrefusion',
  '3': 'Anlæg',
  '4': 'Renter',
  '5': 'Finansforskydninger',
  '6': 'Afdrag på lån',
  '7': 'Finansiering',
};

const DRANST_BY_WORD = new Map<string, string>(
  Object.entries(DRANST_NAMES).map(([digit, name]) => [foldWord(name), digit]),
);

function foldWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const SPACES = /[\u00a0\u2009\u202f\s]+/g;

/** "3.22.01", "03.22.01", "3 22 01", "3-22-01": hovedkonto, hovedfunktion, funktion with separators. */
const SEPARATED = /^0?(\d)[.\s-](\d{2})[.\s-](\d{2})(?:[.\s-]+(.*))?$/;
/** "32201" (a number cell too), "032201": the five digits without separators. */
const COMPACT = /^0?(\d)(\d{2})(\d{2})(?:\s+(.*))?$/;
/** "322 01": hovedkonto and hovedfunktion together, a space, then the funktion. */
const THREE_TWO = /^0?(\d)(\d{2})\s(\d{2})(?:\s+(.*))?$/;

function readCode(text: string): { parts: [string, string, string]; rest: string } | null {
  for (const pattern of [SEPARATED, THREE_TWO, COMPACT]) {
    const m = pattern.exec(text);
    if (m) return { parts: [m[1] ?? '', m[2] ?? '', m[3] ?? ''], rest: (m[4] ?? '').trim() };
  }
  return null;
}

/**
 * A kontostreng's parts after the funktion, when they are unambiguous: the next part is a single digit 1-7 (the
 * dranst), written apart ("3.22.01.1.001", "3.22.01-1 200001"). Anything else after the code is a name, if it has
 * letters, or makes the cell unread.
 */
function restOf(rest: string): { name?: string; dranst?: string } | null {
  if (rest === '') return {};
  const kontostreng = /^([1-7])(?:$|[.\s-]+[\d.\s-]*$)/.exec(rest);
  if (kontostreng) return { dranst: kontostreng[1] ?? '' };
  // "3.22.01 Folkeskoler", "3.22.01 - Folkeskoler": a name starts with a letter.
  const name = rest.replace(/^[-–:]\s*/, '').trim();
  if (/^\p{L}/u.test(name)) return { name };
  return null;
}

const functionMemo = new Map<string, ReadFunction | null>();

/**
 * Reads a funktion cell: "3.22.01", "32201", "03.22.01", "3.22.01 Folkeskoler", "322 01", and a kontostreng whose
 * parts are written apart ("3.22.01.1.001" → funktion 3.22.01, dranst 1). Null for anything else (a hovedfunktion
 * "3.22", a longer number, free text).
 */
export function readFunction(cellText: string): ReadFunction | null {
  const cached = functionMemo.get(cellText);
  if (cached !== undefined) return cached;
  const result = readFunctionUncached(cellText);
  if (functionMemo.size < 50_000) functionMemo.set(cellText, result);
  return result;
}

function readFunctionUncached(cellText: string): ReadFunction | null {
  const text = cellText.replace(SPACES, ' ').trim();
  const code = readCode(text);
  if (!code) return null;
  const rest = restOf(code.rest);
  if (!rest) return null;
  const [main, mainFn, fn] = code.parts;
  const out: ReadFunction = {
    function: `${main}.${mainFn}.${fn}`,
    mainAccount: main,
    mainFunction: `${main}.${mainFn}`,
  };
  if (rest.name !== undefined) out.name = rest.name;
  if (rest.dranst !== undefined) out.dranst = rest.dranst;
  return out;
}

const dranstMemo = new Map<string, string | null>();

/** Reads a dranst cell: "1", "01", "1 Drift", "1 - Drift", "Drift", "Statsrefusion"; null for anything else. */
export function readDranst(cellText: string): string | null {
  const cached = dranstMemo.get(cellText);
  if (cached !== undefined) return cached;
  const result = readDranstUncached(cellText);
  if (dranstMemo.size < 1000) dranstMemo.set(cellText, result);
  return result;
}

function readDranstUncached(cellText: string): string | null {
  const text = cellText.replace(SPACES, ' ').trim();
  const coded = /^0?([1-7])(?:[.,]0)?(?:\s*[-–:]?\s*(\p{L}.*))?$/u.exec(text);
  if (coded) {
    const digit = coded[1] ?? '';
    const word = coded[2];
    // "1 Anlæg" says two different things: not read.
    if (word !== undefined) {
      const named = DRANST_BY_WORD.get(foldWord(word));
      if (named !== undefined && named !== digit) return null;
    }
    return digit;
  }
  return DRANST_BY_WORD.get(foldWord(text)) ?? null;
}

/** Reads a hovedkonto cell: "3", "03", "3 Undervisning og kultur"; null for anything else. */
export function readMainAccount(cellText: string): string | null {
  const m = /^0?(\d)(?:\s*[-–:]?\s*\p{L}.*)?$/u.exec(cellText.replace(SPACES, ' ').trim());
  return m ? (m[1] ?? null) : null;
}
