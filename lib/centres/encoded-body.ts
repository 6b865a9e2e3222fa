import { promisify } from "node:util";
import { gzip } from "node:zlib";

const gzipAsync = promisify(gzip);
/** Below this, compressing costs more than it saves. */
const MIN_GZIP_BYTES = 1024;

/**
 * A serialised API answer that remembers its gzip form: a cached district calendar (hundreds of KB of JSON)
 * is compressed once per cache entry, on the thread pool, instead of once per request.
 */
export class EncodedBody {
  private gzipped?: Promise<Buffer>;

  constructor(readonly text: string) {}

  /** The bytes to send and their encoding, for a client with this Accept-Encoding header. */
  async forClient(acceptEncoding: string | null): Promise<{ body: string | Buffer; encoding?: "gzip" }> {
    if (this.text.length < MIN_GZIP_BYTES || !/\bgzip\b/.test(acceptEncoding ?? "")) return { body: this.text };
    this.gzipped ??= gzipAsync(this.text);
    return { body: await this.gzipped, encoding: "gzip" };
  }
}
