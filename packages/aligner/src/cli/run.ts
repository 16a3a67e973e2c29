/** The entry point the bin and the build run: sets the exit code once the command is done. */
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2));
