import fs from 'node:fs';
import path from 'node:path';

export class AssetStore {
  constructor(private readonly root: string) {}

  private locate(bucket: string, name: string): string {
    return path.join(this.root, bucket, name);
  }

  open(bucket: string, name: string): fs.ReadStream {
    const file = this.locate(bucket, name);
    return fs.createReadStream(file); // LABEL: CWE-22
  }
}
