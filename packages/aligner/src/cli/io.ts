/**
 * The file-system edge of the command: reading inputs ("-" is standard input) and writing the
 * output (standard output unless -o). Failures become `InputError`s that say which file and why.
 */
import { createWriteStream, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";

/** Bad or unreadable input (exit code 1); the message says which file and why. */
export class InputError extends Error {}

/**
 * `pnpm alinha` runs in the workspace root; INIT_CWD is where the user typed the command,
 * so relative paths mean what they meant there.
 */
export const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export const displayName = (path: string) => (path === "-" ? "standard input" : path);

export function readBytes(path: string): Uint8Array {
  try {
    return path === "-" ? readFileSync(0) : readFileSync(userPath(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : String(e);
    throw new InputError(`cannot read ${displayName(path)}: ${why}`);
  }
}

export function writeText(out: string | undefined, text: string): void {
  if (out === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(userPath(out), text);
  } catch (e) {
    throw new InputError(`cannot write ${out}: ${(e as Error).message}`);
  }
}

/** Gives a writer a stream it may end: the file, or a pass-through into standard output (which must stay open). */
export async function writeStream(out: string | undefined, write: (stream: Writable) => Promise<void>): Promise<void> {
  if (out === undefined) {
    const through = new PassThrough();
    through.pipe(process.stdout, { end: false });
    await write(through);
    await finished(through);
    return;
  }
  const file = createWriteStream(userPath(out));
  const failed = new Promise<never>((_, reject) => file.on("error", (e) => reject(new InputError(`cannot write ${out}: ${e.message}`))));
  await Promise.race([write(file), failed]);
  await Promise.race([finished(file), failed]);
}
