/**
 * Median wall-clock and CPU milliseconds of `runs` runs of a synchronous Node task; CPU time
 * shows how much of the wall time other processes on the shared machine took.
 */
export function medianTiming(runs: number, task: () => void): { wallMs: number; cpuMs: number } {
  const samples = Array.from({ length: runs }, () => {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    task();
    const cpu = process.cpuUsage(cpuStart);
    return { wall: performance.now() - start, cpu: (cpu.user + cpu.system) / 1000 };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { wallMs: median(samples.map((s) => s.wall)), cpuMs: median(samples.map((s) => s.cpu)) };
}
