/**
 * The kontoplan: reading funktion and dranst, the names of hovedkonti, hovedfunktioner and funktioner, and the
 * styringsområder (service frame and the rest) by a rule table shipped as data.
 */
export { DRANST_NAMES, readDranst, readFunction, readMainAccount, type ReadFunction } from './account.ts';
export { KONTOPLAN_NAMES, kontoplanName, kontoplanNameSource, type KontoplanNames } from './names.ts';
export {
  KONTOPLAN_NAMES_DATA,
  KONTOPLAN_SOURCES,
  type KontoplanNamesData,
  type NamedCode,
  type NamesSource,
} from './names-data.ts';
export {
  STYRING_RULES,
  STYRINGSOMRAADE_NAMES,
  STYRINGSOMRAADER,
  type StyringRule,
  type Styringsomraade,
} from './rules.ts';
export {
  CORRECTION_RULE,
  isCorrectable,
  isServiceStyring,
  kontoplanReport,
  nameOf,
  NO_FUNCTION_RULE,
  styringLookup,
  styringOf,
  totalsByMainAccount,
  totalsByStyring,
  type AccountTree,
  type StyringCorrections,
} from './styring.ts';
export { withBudgetStyringCorrection, withStyringCorrections } from './service-split.ts';
export { chosenStyring, correctableFunctions, kontoplanChoices, type KontoplanChoices } from './choices.ts';
