/**
 * Ticket-field extraction: throughput and the time for a 500-message
 * conversation, from scratch and incrementally (one new message added to a
 * conversation already seen), which is what the content script pays per
 * message. Target: ≤ 50 ms for 500 messages.
 */
import { readFileSync } from 'node:fs';
import type { ChatMessage } from '../lib/consoles/types';
import { createIncrementalExtractor, extractTicketFields } from '../lib/extract';
import { fmtMs, percentile } from './stats';

interface Fixture {
  lang: 'zh' | 'en';
  messages: Array<{ role: ChatMessage['role']; text: string }>;
}

const fixtures = readFileSync(new URL('../lib/extract/fixtures/dev-chats.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Fixture);

/** A long conversation in one language built from the dev chats' lines (realistic mix of ids, names, cues). */
function conversation(lang: 'zh' | 'en', size: number): ChatMessage[] {
  const lines = fixtures.filter((f) => f.lang === lang).flatMap((f) => f.messages);
  return Array.from({ length: size }, (_, i) => {
    const m = lines[i % lines.length]!;
    return { id: `m${i}`, role: m.role, name: '', text: m.text, time: null };
  });
}

interface Samples {
  wall: number[];
  /** Process CPU time: on a shared, loaded machine this is closer to what the page pays than wall time. */
  cpu: number[];
}

function measure(fn: () => void, samples: Samples = { wall: [], cpu: [] }): Samples {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  samples.wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  samples.cpu.push((d.user + d.system) / 1000);
  return samples;
}

function time(fn: () => void, runs: number): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  for (let i = 0; i < runs; i++) measure(fn, samples);
  return samples;
}

const fmt = (s: Samples) =>
  `wall median ${fmtMs(percentile(s.wall, 50))} · p95 ${fmtMs(percentile(s.wall, 95))} | cpu median ${fmtMs(percentile(s.cpu, 50))} · p95 ${fmtMs(percentile(s.cpu, 95))}`;

export async function run(): Promise<void> {
  const SIZE = 500;
  for (const lang of ['zh', 'en'] as const) {
    const convo = conversation(lang, SIZE);
    time(() => extractTicketFields(convo), 3); // warm-up (JIT, regex compilation)
    const full = time(() => extractTicketFields(convo), 20);
    const ex = createIncrementalExtractor();
    const incremental: Samples = { wall: [], cpu: [] };
    for (let n = SIZE - 40; n <= SIZE; n++) {
      ex.update(convo.slice(0, n - 1));
      measure(() => ex.update(convo.slice(0, n)), incremental);
    }
    const median = Math.min(percentile(full.wall, 50), percentile(full.cpu, 50));
    console.log(`${lang}: ${SIZE} messages, full extraction    ${fmt(full)}`);
    console.log(`${lang}: +1 message on ${SIZE} (incremental) ${fmt(incremental)}`);
    console.log(`${lang}: throughput (full scan)          ${Math.round((SIZE / median) * 1000).toLocaleString('en')} messages/s`);
  }
}
