import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlingRequest } from './handling-update';
import { createHandlingRecorder } from './recorder';

const req = (ticketId: string, status = 'open', messages = 1): HandlingRequest => ({
  update: { consoleId: 'zendesk', ticketId, ticketUrl: `http://localhost/agent/tickets/${ticketId}`, outcome: status === 'solved' ? 'solved' : 'open', sentiment: { negativeShare: 0, abusiveCount: 0, messages } },
  contact: { userId: 'u1', emails: [], phones: [] },
});

describe('createHandlingRecorder', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(write = vi.fn(async (_r: HandlingRequest) => {})) {
    const onError = vi.fn();
    return { write, onError, recorder: createHandlingRecorder({ debounceMs: 500, write, onError }) };
  }

  it('debounces a burst of observations into one write of the latest', async () => {
    const { write, recorder } = setup();
    recorder.observe(req('1', 'open', 1));
    recorder.observe(req('1', 'open', 2));
    recorder.observe(req('1', 'open', 3));
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0]![0].update.sentiment?.messages).toBe(3);
  });

  it('skips an observation identical to the last one written', async () => {
    const { write, recorder } = setup();
    recorder.observe(req('1'));
    await vi.advanceTimersByTimeAsync(500);
    recorder.observe(req('1'));
    await vi.advanceTimersByTimeAsync(500);
    expect(write).toHaveBeenCalledTimes(1);
    recorder.observe(req('1', 'solved'));
    await vi.advanceTimersByTimeAsync(500);
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('writes the ticket being left at once when another ticket is observed', async () => {
    const { write, recorder } = setup();
    recorder.observe(req('1'));
    recorder.observe(req('2'));
    await vi.advanceTimersByTimeAsync(0);
    expect(write.mock.calls.map((c) => c[0].update.ticketId)).toEqual(['1']);
    await vi.advanceTimersByTimeAsync(500);
    expect(write.mock.calls.map((c) => c[0].update.ticketId)).toEqual(['1', '2']);
  });

  it('flush writes what is waiting without waiting for the debounce', async () => {
    const { write, recorder } = setup();
    recorder.observe(req('1'));
    await recorder.flush();
    expect(write).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('reports a failed write and retries the same observation next time', async () => {
    const write = vi.fn(async (_r: HandlingRequest) => {}).mockRejectedValueOnce(Object.assign(new Error('quota'), { code: 'StorageQuotaError' }));
    const { onError, recorder } = setup(write);
    recorder.observe(req('1'));
    await recorder.flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'StorageQuotaError' }));
    recorder.observe(req('1'));
    await recorder.flush();
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('keeps writes in order even when an earlier one is slow', async () => {
    const order: string[] = [];
    const write = vi.fn(async (r: HandlingRequest) => {
      if (r.update.ticketId === '1') await new Promise((res) => setTimeout(res, 300));
      order.push(r.update.ticketId);
    });
    const { recorder } = setup(write);
    recorder.observe(req('1'));
    void recorder.flush();
    recorder.observe(req('2'));
    const done = recorder.flush();
    await vi.advanceTimersByTimeAsync(300);
    await done;
    expect(order).toEqual(['1', '2']);
  });

  it('stop writes what is waiting, then ignores observations', async () => {
    const { write, recorder } = setup();
    recorder.observe(req('1'));
    recorder.stop();
    recorder.observe(req('2'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(write.mock.calls.map((c) => c[0].update.ticketId)).toEqual(['1']);
  });
});
