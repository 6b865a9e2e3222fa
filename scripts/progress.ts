/** A one-line progress bar on stderr (plain lines when stderr is not a terminal). */
export function progressBar(label: string) {
  const started = performance.now();
  const tty = process.stderr.isTTY;
  const render = (fraction: number, step: string) => {
    const width = 30;
    const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const line = `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(fraction * 100)
      .toString()
      .padStart(3)}% ${seconds}s ${step}`;
    process.stderr.write(tty ? `\r${line.padEnd(100)}` : `${line}\n`);
  };
  return {
    update: render,
    done: () => {
      render(1, "done");
      if (tty) process.stderr.write("\n");
    },
  };
}
