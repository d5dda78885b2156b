/** Types of the data modules the build provides (src/data/vite-plugin.ts). */
declare module 'virtual:vendor-lens/dataset' {
  const dataset: import('./dataset.ts').Dataset;
  export default dataset;
}
declare module 'virtual:vendor-lens/vocabulary' {
  const vocabulary: import('../matcher/vocabulary.ts').Vocabulary;
  export default vocabulary;
}
declare module 'virtual:vendor-lens/meta' {
  const meta: import('./dataset.ts').DatasetMeta;
  export default meta;
}
declare module 'virtual:vendor-lens/flags' {
  const flags: number[];
  export default flags;
}
declare module 'virtual:vendor-lens/anchors' {
  const anchors: import('../matcher/anchor-screen.ts').CompiledAnchors;
  export default anchors;
}
