import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../../../messaging/envelope';
import { describeHistoryError } from './history-session';

describe('describeHistoryError', () => {
  it.each([
    [new ProtocolError('Browser storage quota exceeded', 'StorageQuotaError'), 'quota'],
    [Object.assign(new Error('x'), { name: 'StorageQuotaError' }), 'quota'],
    [new ProtocolError('history.record: invalid request', 'invalid'), 'other'],
    [new Error('Could not establish connection'), 'other'],
  ] as const)('%s → %s', (err, kind) => {
    const described = describeHistoryError(err);
    expect(described.kind).toBe(kind);
    expect(described.message).toBe(err.message);
  });
});
