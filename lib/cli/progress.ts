/** A progress bar on stderr when it is a terminal; one line per step otherwise (logs, CI). */
export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr) {
  const width = 28;
  let done = 0;
  return {
    step(label: string): void {
      done++;
      if (stream.isTTY) {
        const filled = Math.round((done / Math.max(total, 1)) * width);
        const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
        const text = `${bar} ${done}/${total} ${label}`.slice(0, (stream.columns ?? 100) - 1);
        stream.write(`\r\x1b[2K${text}`);
        if (done === total) stream.write('\n');
      } else {
        stream.write(`[${done}/${total}] ${label}\n`);
      }
    },
  };
}
