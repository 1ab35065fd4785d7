export interface CliArgs {
  flags: Record<string, string>;
  positional: string[];
  /** The flag's value, or a clear error naming the missing flag. */
  require(flag: string): string;
}

/** `--in a.jsonl --k 10 extra` → flags {in: 'a.jsonl', k: '10'}, positional ['extra']. */
export function parseCliArgs(argv: string[]): CliArgs {
  const flags: Record<string, string> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) flags[arg.slice(2, eq)] = arg.slice(eq + 1);
      else if (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) flags[arg.slice(2)] = argv[++i]!;
      else flags[arg.slice(2)] = 'true';
    } else positional.push(arg);
  }
  return {
    flags,
    positional,
    require(flag) {
      const v = flags[flag];
      if (v === undefined || v === 'true') throw new Error(`missing --${flag}`);
      return v;
    },
  };
}
