/** A script built on its own (an IIFE) for `scripting.executeScript`: the import is its path in the build (@crxjs/vite-plugin). */
declare module '*?iife' {
  const path: string;
  export default path;
}

/** A stylesheet as minified text (`?inline`), a Vite feature. */
declare module '*.css?inline' {
  const css: string;
  export default css;
}
