/**
 * The model types are readonly: undo, redo and the dirty check compare states by reference, so a change makes a
 * new object and never edits one another state may hold. `Draft<T>` is the one exception: an object its builder
 * is still filling in (an importer's line, a decoder's account), before anyone else can see it.
 */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };
