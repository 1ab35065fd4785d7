/**
 * `npm run cli -- <command> [--flag value]…`: the evaluation and admin
 * interface. Each command lives in cli/commands/<name>.ts and exports
 * `run(args: CliArgs): Promise<void>`; it must call the same lib/ code the
 * extension runs, so what is measured here is what ships.
 */
import { parseCliArgs } from './args';

const commands: Record<string, string> = {
  extract: 'extract ticket fields: --in CHATS.jsonl --out PRED.jsonl',
  classify: 'classify messages: --task abuse|sentiment --in FILE.jsonl --out PRED.jsonl',
  'kb-search': 'rank knowledge articles: --articles A.json --in QUERIES.jsonl --out RANKED.jsonl --k 10',
  'extract-score': 'score extraction: tune/report figures on ../shared cs_chats_written [--chats PATH] [--errors: tune only], or --gold G.jsonl --pred P.jsonl [--errors]',
  'kb-eval': 'knowledge retrieval figures (needs ../shared/datasets)',
};

async function main(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (!name || !(name in commands)) {
    console.error('usage: npm run cli -- <command> [options]\n');
    for (const [cmd, help] of Object.entries(commands)) console.error(`  ${cmd.padEnd(10)} ${help}`);
    process.exit(name ? 2 : 0);
  }
  const mod = (await import(`./commands/${name}.ts`)) as { run: (a: ReturnType<typeof parseCliArgs>) => Promise<void> };
  await mod.run(parseCliArgs(rest));
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
