import { ReadError, type Problem } from '../model/problem.ts';
import { createTextDecoder, ZipArchive } from '../workbook/zip.ts';

/** Things in a source workbook that exceljs cannot carry over into the copy. */
export type LostFeature =
  | 'charts'
  | 'pivotTables'
  | 'slicers'
  | 'timelines'
  | 'vba'
  | 'externalLinks'
  | 'controls'
  | 'dataConnections'
  | 'threadedComments'
  | 'shapes';

const LABEL: Record<LostFeature, string> = {
  charts: 'diagrammer',
  pivotTables: 'pivottabeller',
  slicers: 'udsnitsværktøjer (slicers)',
  timelines: 'tidslinjer',
  vba: 'makroer (VBA)',
  externalLinks: 'kæder til andre projektmapper',
  controls: 'formular- og ActiveX-kontrolelementer',
  dataConnections: 'dataforbindelser og forespørgsler',
  threadedComments: 'trådede kommentarer',
  shapes: 'figurer og tekstfelter',
};

const PART_PATTERNS: [LostFeature, RegExp][] = [
  ['charts', /^xl\/(charts\/chart[^/]*\.xml|chartsheets\/[^/]+\.xml)$/i],
  ['pivotTables', /^xl\/pivot(tables|cache)\/[^/]+\.xml$/i],
  ['slicers', /^xl\/slicer(s|caches)\/[^/]+\.xml$/i],
  ['timelines', /^xl\/timeline(s|caches)\/[^/]+\.xml$/i],
  ['vba', /^xl\/vbaproject\.bin$/i],
  ['externalLinks', /^xl\/externallinks\/[^/]+\.xml$/i],
  ['controls', /^xl\/(activex|ctrlprops)\/[^/]+$/i],
  ['dataConnections', /^xl\/(connections\.xml|querytables\/[^/]+\.xml)$/i],
  ['threadedComments', /^xl\/threadedcomments\/[^/]+\.xml$/i],
];

export interface LossReport {
  /** Feature → number of parts found. */
  features: Partial<Record<LostFeature, number>>;
  /** One warning per feature, in Danish. */
  problems: Problem[];
}

/** Looks through the package's parts (without loading the workbook) for what a copy would lose. */
export async function detectLoss(source: Uint8Array, fileName: string): Promise<LossReport> {
  const zip = new ZipArchive(source, fileName);
  const features: Partial<Record<LostFeature, number>> = {};
  for (const entry of zip.entries) {
    for (const [feature, pattern] of PART_PATTERNS) {
      if (pattern.test(entry.name)) features[feature] = (features[feature] ?? 0) + 1;
    }
    // Pictures survive; drawn shapes and text boxes in a drawing part do not.
    if (/^xl\/drawings\/drawing[^/]*\.xml$/i.test(entry.name)) {
      const xml = createTextDecoder('utf-8').decode(await zip.readBytes(entry));
      const shapes = (xml.match(/<(xdr:)?sp[\s>]/g) ?? []).length;
      if (shapes > 0) features.shapes = (features.shapes ?? 0) + shapes;
    }
  }
  const problems: Problem[] = (Object.keys(features) as LostFeature[]).map((f) => ({
    code: `into_loses_${f}`,
    severity: 'warning',
    message: `Kopien af '${fileName}' mister ${LABEL[f]} (${features[f]}).`,
    file: fileName,
  }));
  return { features, problems };
}

/** The refusal when a copy would lose something and the user has not accepted that. */
export function lossError(report: LossReport, fileName: string): ReadError {
  const list = (Object.keys(report.features) as LostFeature[]).map((f) => LABEL[f]);
  const what =
    list.length > 1 ? `${list.slice(0, -1).join(', ')} og ${list[list.length - 1]}` : (list[0] ?? '');
  return new ReadError({
    code: 'into_would_lose_content',
    severity: 'error',
    message:
      `Projektmappen '${fileName}' indeholder ${what}, som ikke kan bevares, når kataloget lægges ind i en kopi af den. ` +
      'Eksportér kataloget til en ny projektmappe i stedet, eller accepter tabet (i kommandolinjen: --allow-loss).',
    file: fileName,
  });
}
