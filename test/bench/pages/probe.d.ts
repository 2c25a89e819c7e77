/** What test/bench/probe.js gives every page the benchmark opens. */
interface BenchPainted { frames: number; ms: number; end: number; readyAt: number; longest: number; progressSeen: boolean }
interface BenchProbe {
  longestTaskBetween(from: number, to: number): number;
  untilPainted(ready: () => boolean, t0: number, timeoutMs?: number, failed?: () => string | null): Promise<BenchPainted>;
}
interface Window { __bench: BenchProbe }
