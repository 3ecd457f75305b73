import { mappingSignature, reuseMapping, type BudgetPreview } from '../../shared/budget/index.ts';
import type { ColumnMapping } from '../../shared/model/budget.ts';
import { columnMappingSchema } from '../../shared/project/schema.ts';

const MAPPING_KEY = 'raaderum.mapping:';

/** A confirmed mapping is remembered for the next workbook of the same layout (keyed by its signature). */
export function rememberMapping(detected: ColumnMapping, confirmed: ColumnMapping): void {
  try {
    localStorage.setItem(MAPPING_KEY + mappingSignature(detected), JSON.stringify(confirmed));
  } catch {
    // A full or disabled localStorage only costs the convenience.
  }
}

/**
 * The mapping remembered for this layout, fitted to the new workbook; null when there is none or when what is
 * stored is not a valid mapping (another version of Råderum, or edited by hand): it is validated with the same
 * schema as a mapping inside a project file, never trusted by a cast.
 */
export function recalledMapping(preview: BudgetPreview): ColumnMapping | null {
  let saved: string | null;
  try {
    saved = localStorage.getItem(MAPPING_KEY + mappingSignature(preview.mapping));
  } catch {
    return null;
  }
  if (!saved) return null;
  let json: unknown;
  try {
    json = JSON.parse(saved);
  } catch {
    return null;
  }
  const parsed = columnMappingSchema.safeParse(json);
  return parsed.success ? reuseMapping(parsed.data, preview) : null;
}
