/**
 * An uploaded file as it arrived, written to a private temporary file while it streamed in
 * (never held in memory): its size and SHA-256, and what the client said about it. What the
 * client said decides nothing; it only refuses a file whose content turns out otherwise.
 */
export type SpooledFile = {
  path: string;
  size: number;
  sha256: string;
  fileName: string | null;
  mimeType: string | null;
};
