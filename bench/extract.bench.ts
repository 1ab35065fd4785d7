/**
 * Ticket-field extraction: throughput and the time for a 500-message
 * conversation, from scratch and incrementally (one new message added to a
 * conversation already seen), which is what the content script pays per
 * message. Target: ≤ 50 ms for 500 messages.
 */
import { existsSync, readFileSync } from 'node:fs';
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

/** The written service chats (../shared, absent in a fresh clone): real-length conversations, 3–11 messages. */
const WRITTEN = new URL('../../shared/datasets/cs_chats_written/conversations.jsonl', import.meta.url);

/**
 * Per conversation, what the page pays when a chat is opened: one full
 * extraction of each written chat (text only, no labels used), p50/p95 over
 * 20 rounds of all of them.
 */
function perConversation(): void {
  if (!existsSync(WRITTEN)) return console.log('per conversation: ../shared/datasets/cs_chats_written not found, skipped');
  const chats = readFileSync(WRITTEN, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as Fixture).messages.map((m, i): ChatMessage => ({ id: `m${i}`, role: m.role, name: '', text: m.text, time: null })));
  for (const c of chats) extractTicketFields(c); // warm-up
  const samples: Samples = { wall: [], cpu: [] };
  for (let round = 0; round < 20; round++) for (const c of chats) measure(() => extractTicketFields(c), samples);
  console.log(`per conversation (${chats.length} written chats × 20): ${fmt(samples)}`);
}

export async function run(): Promise<void> {
  perConversation();
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
