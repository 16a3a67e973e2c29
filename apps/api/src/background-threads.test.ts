import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { getPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { backgroundNice } from "./background-threads.ts";

/** The niceness of each thread of a process, from /proc (field 19 of stat, after the command's parenthesis). */
function threadNices(pid: number): Map<number, number> {
  const tasks = execFileSync("ls", [`/proc/${pid}/task`], { encoding: "utf8" }).split("\n").filter(Boolean);
  return new Map(tasks.map((t) => {
    const stat = readFileSync(`/proc/${pid}/task/${t}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return [Number(t), Number(fields[16])];
  }));
}

describe("backgroundNice", () => {
  it("defaults to 10 and takes 0 to leave the threads alone", () => {
    expect(backgroundNice({})).toBe(10);
    expect(backgroundNice({ ALINHA_BACKGROUND_NICE: "0" })).toBe(0);
    expect(backgroundNice({ ALINHA_BACKGROUND_NICE: "5" })).toBe(5);
  });

  it("refuses a value setpriority would not take, naming the variable", () => {
    expect(() => backgroundNice({ ALINHA_BACKGROUND_NICE: "-5" })).toThrow(/ALINHA_BACKGROUND_NICE/);
    expect(() => backgroundNice({ ALINHA_BACKGROUND_NICE: "high" })).toThrow(/0 to 19/);
  });
});

describe.runIf(process.platform === "linux")("yieldBackgroundThreads", () => {
  // In a child process of its own: lowering a thread's priority cannot be undone without privileges.
  const module = fileURLToPath(new URL("./background-threads.ts", import.meta.url));
  const run = (nice: string) => JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "-e", `
    const { yieldBackgroundThreads } = await import(${JSON.stringify(module)});
    const answer = yieldBackgroundThreads();
    const { readdirSync, readFileSync } = await import("node:fs");
    const nices = readdirSync("/proc/self/task").map((t) => {
      const stat = readFileSync("/proc/self/task/" + t + "/stat", "utf8");
      return [Number(t), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16])];
    });
    console.log(JSON.stringify({ pid: process.pid, answer, nices }));
  `], { encoding: "utf8", env: { ...process.env, ALINHA_BACKGROUND_NICE: nice } })) as { pid: number; answer: { reniced: number }; nices: [number, number][] };
  /** The priority the child starts with: this process's own (CI may run the tests niced). */
  const before = getPriority();

  it("lowers every thread but the one that answers requests", () => {
    const { pid, answer, nices } = run("10");
    const byThread = new Map(nices);
    expect(byThread.get(pid)).toBe(before);
    expect(answer.reniced).toBeGreaterThan(0);
    const others = nices.filter(([tid]) => tid !== pid);
    // Threads started after the call (libuv's pool for the file reads above) are not lowered.
    expect(others.filter(([, n]) => n === 10).length).toBe(answer.reniced);
  });

  it("leaves every thread as it was with ALINHA_BACKGROUND_NICE=0", () => {
    const { answer, nices } = run("0");
    expect(answer.reniced).toBe(0);
    expect(nices.every(([, n]) => n === before)).toBe(true);
  });

  it("reads the niceness the kernel reports, as the tests above rely on", () => {
    expect(threadNices(process.pid).get(process.pid)).toBe(getPriority());
  });
});
