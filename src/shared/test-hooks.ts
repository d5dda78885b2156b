/**
 * The test build's switch: `TEST_HOOKS=1` at build time (src/cli/build.ts
 * writes that variant to dist/test-<target>/) makes `TEST_HOOKS` true, and
 * `exposeForTests` puts a handle on the calling context's global object (the
 * content script's own world, the background's worker), where end-to-end
 * tests and the benchmark read it. In the shipped build the constant is
 * false and the bundler drops the code it guards: no debug handle ships.
 */
declare const __VENDOR_LENS_TEST_HOOKS__: boolean;

export const TEST_HOOKS = __VENDOR_LENS_TEST_HOOKS__;

export function exposeForTests(
  name: '__vendorLens' | '__vendorLensProbe' | '__vendorLensGate' | 'vendorLens',
  value: unknown,
): void {
  if (TEST_HOOKS) (globalThis as Record<string, unknown>)[name] = value;
}
