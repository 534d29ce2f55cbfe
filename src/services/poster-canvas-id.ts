/** The hidden canvas the weapp poster drawer paints on (components/poster-canvas). */
export const POSTER_CANVAS_ID = 'share-poster-canvas'
