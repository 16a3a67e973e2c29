/**
 * The entry point the bin and the build run: sets the exit code once the command is done. No
 * top-level await: the build makes this a CommonJS script (scripts/build-cli.mjs), and an error
 * main does not expect still ends the process with its stack and exit code 1, as a rejection.
 */
import { main } from "./main.ts";

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
