/** The renderer shows every failure through the one shared mapping; see `problemOf` in shared/model/problem.ts. */
export { problemOf } from '../../shared/model/index.ts';
