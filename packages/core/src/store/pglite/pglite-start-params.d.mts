/** PGlite's own start parameters plus the store's settings (`shared_buffers=16MB`); see pglite-start-params.mjs. @internal */
export declare const pgliteStartParams: string[];
