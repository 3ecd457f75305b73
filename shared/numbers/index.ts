export { formatDanish, formatThousands, parseDanishNumber } from './danish.ts';
