import type { RawProposal } from './build.ts';
import type { SheetContext } from './cells.ts';
import type { TextAt } from './form-layout.ts';
import { KR_PER_UNIT, sheetUnit, UNIT_NAMES } from '../budget/unit.ts';
import { mentionsSavings, statesSavingsNegative, statesSavingsPositive } from './sign.ts';

/**
 * What a sheet's notes, titles and headers say about its numbers: which sign savings have, and which unit the
 * amounts are in. Each decision is reported to the user in the import report.
 */

/**
 * A sheet that heads its amounts "Besparelse" without saying which sign, where most amounts are positive, probably
 * writes savings as positive numbers. That is not a statement, so nothing is flipped; the user is asked to check.
 */
export function warnIfSavingsLookPositive(
  raws: readonly RawProposal[],
  notes: readonly TextAt[],
  ctx: SheetContext,
): void {
  if (notes.some((n) => statesSavingsNegative(n.text))) return;
  const heading = notes.find((n) => mentionsSavings(n.text));
  if (!heading) return;
  const amounts = raws.flatMap((r) => r.amountsThousands).filter((a) => a !== 0);
  const positive = amounts.filter((a) => a > 0).length;
  if (amounts.length === 0 || positive * 2 <= amounts.length) return;
  ctx.problems.push({
    code: 'savings_sign_doubt',
    severity: 'warning',
    message: `Arket '${ctx.sheet}' nævner besparelser ('${heading.text}', celle ${heading.cell}), og de fleste beløb er positive. Hvis besparelser er skrevet som positive tal, så indlæs igen med valget 'besparelser er positive'.`,
    file: ctx.file,
    sheet: ctx.sheet,
    cell: heading.cell,
  });
}

/**
 * Amounts stated in kroner or millions are converted to 1.000 kr., and the report says so; read by the budget
 * importer's rules (`sheetUnit`). Notes that disagree leave the normal unit, 1.000 kr.
 */
export function unitScale(notes: readonly TextAt[], hasProposals: boolean, ctx: SheetContext): number {
  if (!hasProposals) return 1;
  const stated = sheetUnit(notes.map((n) => ({ address: n.cell, text: n.text })));
  if (!stated || 'conflict' in stated || stated.unit === 'thousands') return 1;
  ctx.problems.push({
    code: stated.unit === 'millions' ? 'proposal_unit_millions' : 'proposal_unit_kroner',
    severity: 'info',
    message: `Arket '${ctx.sheet}' angiver beløb i ${UNIT_NAMES[stated.unit]} ('${stated.text}'). Beløbene er omregnet til 1.000 kr.`,
    file: ctx.file,
    sheet: ctx.sheet,
    ...(stated.cell ? { cell: stated.cell } : {}),
  });
  return KR_PER_UNIT[stated.unit] / KR_PER_UNIT.thousands;
}

/** Whether the sheet's amounts are flipped because savings are written positive there (reported either way). */
export function decideFlip(
  notes: readonly TextAt[],
  workbookNotes: readonly TextAt[],
  forced: boolean,
  ctx: SheetContext,
): boolean {
  const at = { file: ctx.file, sheet: ctx.sheet };
  if (forced) {
    const contrary = notes.find((n) => statesSavingsNegative(n.text) && !statesSavingsPositive(n.text));
    ctx.problems.push({
      code: 'savings_positive_forced',
      severity: 'info',
      message: `Besparelser i arket '${ctx.sheet}' er læst som positive tal (valgt ved indlæsningen); fortegnet er vendt på beløb og årsværk, så besparelser og færre årsværk er negative.`,
      ...at,
    });
    if (contrary) {
      ctx.problems.push({
        code: 'savings_sign_conflict',
        severity: 'warning',
        message: `Arket '${ctx.sheet}' skriver selv, at besparelser er negative ('${contrary.text}', celle ${contrary.cell}), men indlæsningen vendte fortegnet. Kontrollér beløbene.`,
        ...at,
        cell: contrary.cell,
      });
    }
    return true;
  }
  const own = notes.find((n) => statesSavingsPositive(n.text));
  // The sheet's own words win over the workbook's instructions.
  const statement =
    own ??
    (notes.some((n) => statesSavingsNegative(n.text))
      ? undefined
      : workbookNotes.find((n) => statesSavingsPositive(n.text)));
  if (!statement) return false;
  const where = statement.sheet
    ? `arket '${statement.sheet}', celle ${statement.cell}`
    : `celle ${statement.cell}`;
  ctx.problems.push({
    code: 'savings_positive_flipped',
    severity: 'info',
    message: `${statement.sheet ? 'Projektmappen' : `Arket '${ctx.sheet}'`} angiver besparelser som positive tal ('${statement.text}', ${where}). Fortegnet i arket '${ctx.sheet}' er vendt på beløb og årsværk, så besparelser og færre årsværk er negative som i resten af projektet.`,
    ...at,
    ...(statement.sheet ? {} : { cell: statement.cell }),
  });
  return true;
}
