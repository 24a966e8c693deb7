import { readFile } from "node:fs/promises";
import decodeHeic from "heic-decode";
import sharp, { type Sharp } from "sharp";
import { createGate } from "@/lib/core/gate";
import { processSingleton } from "@/lib/core/singleton";

/** Why a picture is refused, as a message key under validation.file. */
type ImageProblem = "imageUnreadable";

// Phone cameras reach 50 megapixels (a few, 108); a picture past this is not a photo of a paper.
const MAX_PIXELS = 120_000_000;
// Long enough to read small print on a photographed page, short enough to keep files light.
const MAX_EDGE = 4096;

/**
 * One picture is decoded at a time per server: a decoded 12-megapixel photo takes about 50 MB,
 * and five at once would be most of what the server may use.
 */
const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => processSingleton("image-gate", () => createGate(1))(work);

/**
 * Writes the picture again, turned upright by its EXIF orientation, to `output`: what Clarity
 * stores is these new bytes, with no metadata at all (no EXIF, so no location, camera or time)
 * but the colour profile, and at most 4096 pixels on its long side. HEIC photos become JPEG.
 */
export async function reencodeImage(
  input: string,
  output: string,
  type: "png" | "jpeg" | "heic",
): Promise<ImageProblem | null> {
  return oneAtATime(async () => {
    try {
      const source = type === "heic" ? await heicPixels(input) : sharp(input, decodeOptions);
      if (!source) return "imageUnreadable";
      const upright = source
        .rotate()
        .resize({ width: MAX_EDGE, height: MAX_EDGE, fit: "inside", withoutEnlargement: true })
        .keepIccProfile();
      const encoded = type === "png" ? upright.png() : upright.jpeg({ quality: 88, mozjpeg: true });
      await encoded.toFile(output);
      return null;
    } catch {
      return "imageUnreadable";
    }
  });
}

const decodeOptions = { limitInputPixels: MAX_PIXELS, failOn: "error" } as const;

/** The HEIC's main picture as raw pixels for sharp, or null when it is too large or not one. */
async function heicPixels(input: string): Promise<Sharp | null> {
  const images = await decodeHeic.all({ buffer: await readFile(input) });
  try {
    const main = images[0];
    if (!main || main.width * main.height > MAX_PIXELS) return null;
    const { width, height, data } = await main.decode();
    return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      raw: { width, height, channels: 4 },
      limitInputPixels: MAX_PIXELS,
    });
  } finally {
    images.dispose();
  }
}
