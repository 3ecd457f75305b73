export { formatAmount, formatDanish, formatThousands, parseDanishNumber } from './danish.ts';
