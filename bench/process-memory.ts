import fs from "node:fs";

/** Resident memory (bytes) of every process in a process group, read from /proc (Linux only). */
export function groupRss(pgid: number): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^[0-9]+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the ")" that ends the command name: state ppid pgrp …
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== pgid) continue;
      const pages = Number(fs.readFileSync(`/proc/${entry}/statm`, "utf8").split(" ")[1]);
      total += pages * 4096;
    } catch {
      /* the process ended while we looked */
    }
  }
  return total;
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
