import fs from "node:fs";

/** Calls `each(pid, statFields)` for every process in a process group (Linux /proc). */
function forGroup(pgid: number, each: (pid: string, fields: string[]) => void): void {
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" that ends the command name: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pgid) each(entry, fields);
    } catch {
      /* the process ended while we looked */
    }
  }
}

/** Resident memory (bytes) of every process in a process group. */
export function groupRss(pgid: number): number {
  let total = 0;
  forGroup(pgid, (pid) => {
    total += Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * 4096;
  });
  return total;
}

/** CPU time (ms, user + system, all threads) the processes of a group have used so far; clock ticks are 10 ms here. */
export function groupCpuMs(pgid: number): number {
  let ticks = 0;
  forGroup(pgid, (_pid, fields) => {
    ticks += Number(fields[11]) + Number(fields[12]);
  });
  return ticks * 10;
}

/** Samples a group's RSS every `everyMs` until stopped; returns the peak seen. */
export function sampleRss(pgid: number, everyMs = 200) {
  let peak = groupRss(pgid);
  const timer = setInterval(() => {
    peak = Math.max(peak, groupRss(pgid));
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, groupRss(pgid));
    },
  };
}
