/**
 * Word classes and named conditions for the choice families (see
 * `classes.ts` for the format). Merged into the bundled vocabulary by
 * `rules/index.ts`.
 */
import type {SharedConditions, WordClasses} from '../src/types.js'

export const classes = {} as const satisfies WordClasses

export const conditions = {} as const satisfies SharedConditions
