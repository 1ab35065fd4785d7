/**
 * `npm run cli -- extract-score`: field-level P/R/F1 for phones, e-mails,
 * order and tracking numbers; name, category, priority and escalate accuracy.
 *
 * Without --gold/--pred it runs the extension's extractor over the written
 * service chats (../shared/datasets/cs_chats_written, or --chats PATH) and
 * prints the figures of each split. `--errors` lists per-chat differences for
 * the tune split only: the report split is for figures, never for reading
 * items, so its errors are not printed.
 *
 * With --gold G.jsonl --pred P.jsonl it scores a prediction file (gold lines
 * carry `expected`, the fixture format, or the fields at top level).
 */
import { existsSync } from 'node:fs';
import type { CliArgs } from '../args';
import { extractTicketFields, toCliRecord, type ExtractionRecord } from '../../lib/extract';
import { formatReport, scoreExtractions } from '../../lib/extract/score';
import { readJsonl, toChatMessages, type ChatLine } from './extract';

type GoldLine = { id: string; split?: string; expected?: ExtractionRecord } & Partial<ExtractionRecord>;

export const WRITTEN_CHATS = new URL('../../../shared/datasets/cs_chats_written/conversations.jsonl', import.meta.url);

/** Splits in the order they are printed; chats without a split go to "all". */
const SPLIT_ORDER = ['tune', 'report', 'all'];

function goldOf(g: GoldLine): { id: string } & ExtractionRecord {
  return { id: g.id, ...((g.expected ?? g) as ExtractionRecord) };
}

function scoreFiles(args: CliArgs): void {
  const gold = readJsonl<GoldLine>(args.require('gold')).map(goldOf);
  const pred = new Map(readJsonl<{ id: string } & ExtractionRecord>(args.require('pred')).map((p) => [p.id, p]));
  const report = scoreExtractions(gold, pred);
  console.log(formatReport(report));
  if (args.flags.errors) for (const e of report.errors) console.log(`${e.id}\t${e.field}\tgold=${JSON.stringify(e.gold)}\tpred=${JSON.stringify(e.pred)}`);
}

function scoreWrittenChats(args: CliArgs): void {
  const path = args.flags.chats ?? WRITTEN_CHATS.pathname;
  if (!existsSync(path)) throw new Error(`${path} not found (pass --chats PATH, or --gold/--pred)`);
  const chats = readJsonl<ChatLine & GoldLine>(path);
  const started = performance.now();
  // No language hint: the extension detects it from the customer's text, and so does this run.
  const pred = new Map(chats.map((c) => [c.id, toCliRecord(extractTicketFields(toChatMessages(c)))]));
  const ms = performance.now() - started;
  const bySplit = new Map<string, GoldLine[]>();
  for (const c of chats) bySplit.set(c.split ?? 'all', [...(bySplit.get(c.split ?? 'all') ?? []), c]);
  const splits = [...bySplit.keys()].sort((a, b) => (SPLIT_ORDER.indexOf(a) + 99) % 99 - (SPLIT_ORDER.indexOf(b) + 99) % 99);
  for (const split of splits) {
    const report = scoreExtractions(bySplit.get(split)!.map(goldOf), pred);
    console.log(`\n== split=${split}\n${formatReport(report)}`);
    if (args.flags.errors && split !== 'report') for (const e of report.errors) console.log(`${e.id}\t${e.field}\tgold=${JSON.stringify(e.gold)}\tpred=${JSON.stringify(e.pred)}`);
  }
  console.error(`extract-score: ${chats.length} chats extracted in ${ms.toFixed(0)} ms`);
}

export async function run(args: CliArgs): Promise<void> {
  if (args.flags.gold || args.flags.pred) scoreFiles(args);
  else scoreWrittenChats(args);
}
