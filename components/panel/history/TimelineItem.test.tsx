import { describe, expect, it } from 'vitest';
import { safeTicketUrl } from './TimelineItem';

describe('safeTicketUrl', () => {
  it.each([
    ['https://acme.zendesk.com/agent/tickets/1001', 'https://acme.zendesk.com/agent/tickets/1001'],
    ['http://127.0.0.1:5178/agent/tickets/1001?live=0', 'http://127.0.0.1:5178/agent/tickets/1001?live=0'],
    ['javascript:alert(1)', null],
    ['data:text/html,<b>x</b>', null],
    ['not a url', null],
    ['', null],
  ])('%s → %s', (url, expected) => {
    expect(safeTicketUrl(url)).toBe(expected);
  });
});
