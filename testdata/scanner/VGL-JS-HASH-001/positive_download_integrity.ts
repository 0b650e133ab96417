// Downloaded code checked against an expected digest: MD5/SHA-1 collisions let a
// tampered plugin or update pass the check.
import { createHash } from "crypto";
import * as crypto from "crypto";

export async function installPlugin(url: string, expectedSha1: string): Promise<Buffer> {
  const res = await fetch(url);
  const buf = Buffer.from(await res.arrayBuffer());
  const actual = createHash("sha1").update(buf).digest("hex"); // vigil:expect VGL-JS-HASH-001
  if (actual !== expectedSha1) {
    throw new Error("checksum mismatch");
  }
  return buf;
}

export class Updater {
  async apply(pkg: Buffer, manifest: { md5: string }): Promise<void> {
    const h = crypto.createHash("md5"); // vigil:expect VGL-JS-HASH-001
    h.update(pkg);
    if (h.digest("hex") !== manifest.md5) {
      throw new Error("corrupt update package");
    }
  }
}
