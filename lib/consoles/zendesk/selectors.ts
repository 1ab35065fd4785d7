/**
 * Zendesk Agent Workspace hooks (`data-test-id`), the same ones public
 * extensions rely on. Kept as data so a Zendesk markup change is a one-line fix.
 */
export const ZD = {
  log: '[data-test-id="omni-log-container"]',
  item: 'article[data-test-id="omni-log-comment-item"]',
  message: '[data-test-id="omni-log-item-message"]',
  sender: '[data-test-id="omni-log-comment-user-link"], [data-test-id="omni-log-item-sender"]',
  content: '[data-test-id="omni-log-message-content"]',
  time: 'time[data-test-id="timestamp-relative"]',
  internalTag: '[data-test-id="omni-log-internal-note-tag"]',
  /** Console chrome that sits inside message content in some layouts: never message text. */
  notText: '[data-test-id*="read-indicator"], [data-test-id*="delivered"], [data-test-id*="signature"], div.signature, .zd-signature, blockquote.zd-quote',
  subject: 'input[data-test-id="omni-header-subject"]',
  requester: '[data-test-id="ticket-system-field-requester-select"]',
  tagItem: '[data-test-id="ticket-system-field-tags-item-selected"]',
  tagInput: '[data-test-id="ticket-system-field-tags"] input, [data-test-id="ticket-system-field-tags-input"]',
  priority: '[data-test-id="ticket-fields-priority-select"]',
  type: '[data-test-id="ticket-fields-type-select"]',
  status: '[data-test-id="ticket-fields-status-view"]',
  customField: '[data-test-id^="ticket-form-field-"]',
  composer: '[data-test-id="ticket-rich-text-editor"] [contenteditable="true"], [data-test-id="omnicomposer-rich-text-ckeditor"]',
  /** The composer's channel switcher (public reply / internal note). */
  channel: '[data-test-id="omnicomposer-channel-select"]',
  selectedTab: 'a[data-test-id="header-tab"][data-entity-is-selected="true"]',
  workspace: '[data-test-id="ticket-workspace"], [data-ticket-id]',
  agent: '[data-test-id="header-profile-menu"]',
} as const;

/** https://acme.zendesk.com/agent/tickets/123 → "123" */
export const TICKET_PATH = /\/agent\/tickets\/(\d+)/;
