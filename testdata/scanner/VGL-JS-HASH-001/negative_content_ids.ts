// Digests used as names and change detectors, not as protection: an ETag, a
// cache-busting file name and a de-duplication key.
import { createHash } from "crypto";

export function etagFor(body: string, req: { headers: Record<string, string> }): { etag: string; fresh: boolean } {
  const etag = '"' + createHash("md5").update(body).digest("hex") + '"';
  return { etag, fresh: req.headers["if-none-match"] === etag };
}

export function assetName(file: string, content: Buffer): string {
  const short = createHash("sha1").update(content).digest("hex").slice(0, 8);
  return file.replace(/\.js$/, "." + short + ".js");
}

export function dedupeKey(rows: string[]): Set<string> {
  return new Set(rows.map((r) => createHash("md5").update(r).digest("base64")));
}
