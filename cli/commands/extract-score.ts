/**
 * `npm run cli -- extract-score --gold G.jsonl --pred P.jsonl [--errors]`:
 * field-level P/R/F1 for phones, e-mails, order and tracking numbers; name,
 * category, priority and escalate accuracy. Gold lines carry `expected`
 * (the fixture format) or the fields at top level.
 */
import type { CliArgs } from '../args';
import type { ExtractionRecord } from '../../lib/extract';
import { formatReport, scoreExtractions } from '../../lib/extract/score';
import { readJsonl } from './extract';

type GoldLine = { id: string; expected?: ExtractionRecord } & Partial<ExtractionRecord>;

export async function run(args: CliArgs): Promise<void> {
  const gold = readJsonl<GoldLine>(args.require('gold')).map((g) => ({ id: g.id, ...((g.expected ?? g) as ExtractionRecord) }));
  const pred = new Map(readJsonl<{ id: string } & ExtractionRecord>(args.require('pred')).map((p) => [p.id, p]));
  const report = scoreExtractions(gold, pred);
  console.log(formatReport(report));
  if (args.flags.errors) for (const e of report.errors) console.log(`${e.id}\t${e.field}\tgold=${JSON.stringify(e.gold)}\tpred=${JSON.stringify(e.pred)}`);
}
