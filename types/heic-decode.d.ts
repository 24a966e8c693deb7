// heic-decode ships no types; these are the two calls Clarity makes (lib/documents/inspect/images.ts).
declare module "heic-decode" {
  type Pixels = { width: number; height: number; data: Uint8ClampedArray };
  type Image = { width: number; height: number; decode: () => Promise<Pixels> };
  function decode(input: { buffer: Uint8Array }): Promise<Pixels>;
  namespace decode {
    function all(input: { buffer: Uint8Array }): Promise<Image[] & { dispose: () => void }>;
  }
  export default decode;
}
