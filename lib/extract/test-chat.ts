/** Test helper: `chat('c: 你好', 'a: 请问怎么称呼')` → ChatMessage[] with ids m0, m1, … */
import type { ChatMessage } from '../consoles/types';

export function chat(...lines: string[]): ChatMessage[] {
  return lines.map((line, i) => {
    const [tag, ...rest] = line.split(': ');
    const role = tag === 'a' || tag === 'n' ? 'agent' : tag === 's' ? 'system' : 'customer';
    return { id: `m${i}`, role, name: '', text: rest.join(': '), time: null, ...(tag === 'n' ? { internal: true } : {}) };
  });
}
