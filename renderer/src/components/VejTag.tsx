import { VEJ_LABEL, type Vej } from '../../../shared/model/index.ts';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; the name always beside it. */
export const VEJ_COLOUR: Record<Vej, string> = {
  stille: '#0072B2',
  brede: '#E69F00',
  smalle: '#009E73',
  tvaergaaende: '#CC79A7',
  direkte: '#D55E00',
};

export function VejTag({ vej }: { vej: Vej | null }) {
  if (!vej) return null;
  return (
    <span className="vej-tag">
      <span className="swatch" style={{ background: VEJ_COLOUR[vej] }} aria-hidden="true" />
      <span className="vej-name">{VEJ_LABEL[vej]}</span>
    </span>
  );
}
