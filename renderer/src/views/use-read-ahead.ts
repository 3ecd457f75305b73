import { useEffect, useRef } from 'react';
import { readKey } from '../../../shared/budget/index.ts';
import type { ColumnMapping } from '../../../shared/model/index.ts';
import { runJob } from '../worker/client.ts';

/**
 * Starts the one pass over the sheet as soon as the wizard shows a mapping it could import, while the user looks:
 * "Importér budget" then takes what it read (renderer/src/worker/budget-jobs.ts), and the budget made and packed
 * from it under this mapping when the user has changed nothing since. A new pass starts only when the
 * mapping changes what is read; the pass stops when the wizard closes (or `mapping` is null: importing joined it).
 */
export function useReadAhead(fileId: string, mapping: ColumnMapping | null): void {
  const latest = useRef(mapping);
  useEffect(() => {
    latest.current = mapping;
  });
  const key = mapping ? readKey(mapping) : '';
  useEffect(() => {
    const wanted = latest.current;
    if (key === '' || !wanted) return;
    const abort = new AbortController();
    // Its answer (the exact service counts) is for the wizard's count; failures are the import's to report.
    runJob({ kind: 'readBudget', fileId, mapping: wanted, prepare: true }, { signal: abort.signal }).catch(
      () => undefined,
    );
    return () => abort.abort();
  }, [key, fileId]);
}
