/** Every write Deskmate makes into a console, and every lookup it runs. */
export interface AuditEntry {
  id?: number;
  time: number;
  consoleId: string;
  ticketId: string;
  /** 'field:priority', 'reply:insert', 'note:internal', 'lookup:<connector>' … */
  action: string;
  field: string;
  oldValue: string;
  newValue: string;
  outcome: 'ok' | 'undone' | 'error';
  detail?: string;
}
