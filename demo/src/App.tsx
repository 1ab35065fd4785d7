import { useCallback, useEffect, useRef, useState } from 'react';
import { AGENT_NAME, DEMO_TICKETS, type DemoMessage, type DemoRole } from './conversations';
import { TicketWorkspace, type TicketState } from './workspace';

let nextId = 1;
const entry = (m: DemoMessage, time = new Date(Date.now() - (m.minutesAgo ?? 0) * 60000)) => ({
  id: `c${nextId++}`,
  role: m.role,
  author: m.author,
  text: m.text,
  time: time.toISOString(),
});

function initialTickets(): Record<string, TicketState> {
  return Object.fromEntries(
    DEMO_TICKETS.map(({ messages, live: _live, ...t }) => [t.id, { ...t, requesterName: t.requester.name, composerMode: 'public' as const, log: messages.map((m) => entry(m)) }]),
  );
}

/** The ticket in the URL; a view (/agent/filters/…) shows the ticket list and no ticket, as Zendesk's views do. */
const ticketFromPath = (): string | null =>
  /\/agent\/tickets\/(\d+)/.exec(location.pathname)?.[1] ?? (location.pathname.startsWith('/agent/filters') ? null : DEMO_TICKETS[0]!.id);

declare global {
  interface Window {
    /** Test and demo hook: make a message arrive now, or read the console's own state. */
    demoConsole: {
      push(ticketId: string, text: string, role?: DemoRole, author?: string): void;
      state(ticketId: string): TicketState | undefined;
      rerender(): void;
    };
  }
}

export function App() {
  const [tickets, setTickets] = useState(initialTickets);
  const [active, setActive] = useState(ticketFromPath);
  const [, force] = useState(0);
  const live = useRef(Object.fromEntries(DEMO_TICKETS.map((t) => [t.id, [...t.live]])));
  const ticketsRef = useRef(tickets);
  ticketsRef.current = tickets;

  const push = useCallback((ticketId: string, text: string, role: DemoRole = 'end-user', author?: string) => {
    setTickets((all) => {
      const t = all[ticketId];
      if (!t) return all;
      const who = author ?? (role === 'end-user' ? t.requesterName : AGENT_NAME);
      return { ...all, [ticketId]: { ...t, log: [...t.log, entry({ role, author: who, text }, new Date())] } };
    });
  }, []);

  useEffect(() => {
    window.demoConsole = { push, state: (id) => ticketsRef.current[id], rerender: () => force((n) => n + 1) };
    const onPop = () => setActive(ticketFromPath());
    window.addEventListener('popstate', onPop);
    // Live chat: the next scripted customer message every N seconds (?live=0 turns it off, as the tests do).
    const seconds = Number(new URLSearchParams(location.search).get('live') ?? '20');
    const timer =
      seconds > 0
        ? setInterval(() => {
            for (const [id, queue] of Object.entries(live.current)) {
              const next = queue.shift();
              if (next) push(id, next.text, next.role, next.author);
            }
          }, seconds * 1000)
        : undefined;
    return () => {
      window.removeEventListener('popstate', onPop);
      clearInterval(timer);
    };
  }, [push]);

  const open = (id: string) => {
    history.pushState(null, '', `/agent/tickets/${id}${location.search}`);
    setActive(id);
  };
  const openViews = () => {
    history.pushState(null, '', `/agent/filters/1${location.search}`);
    setActive(null);
  };

  return (
    <div className="app">
      <nav className="sidebar-nav" aria-label="Main">
        <div className="logo">Z</div>
        <a
          href="/agent/filters/1"
          data-test-id="views-link"
          onClick={(e) => {
            e.preventDefault();
            openViews();
          }}
        >
          Views
        </a>
        <a href="#customers">Customers</a>
      </nav>
      <div className="main">
        <header className="topbar">
          <div className="tabs" role="tablist">
            {Object.values(tickets).map((t) => (
              <a
                key={t.id}
                href={`/agent/tickets/${t.id}`}
                role="tab"
                data-test-id="header-tab"
                data-entity-id={t.id}
                data-entity-is-selected={String(t.id === active)}
                aria-selected={t.id === active}
                onClick={(e) => {
                  e.preventDefault();
                  open(t.id);
                }}
              >
                <span className="tab-subject">{t.subject}</span> <span className="tab-id">#{t.id}</span>
              </a>
            ))}
          </div>
          <div className="agent" data-test-id="header-profile-menu" title={AGENT_NAME}>
            {AGENT_NAME}
          </div>
        </header>
        {active === null && (
          <section className="views" data-test-id="views-table" aria-label="Your unsolved tickets">
            <h2>Your unsolved tickets</h2>
            <table>
              <tbody>
                {Object.values(tickets).map((t) => (
                  <tr key={t.id}>
                    <td>
                      <a
                        href={`/agent/tickets/${t.id}`}
                        data-test-id="views-ticket-link"
                        onClick={(e) => {
                          e.preventDefault();
                          open(t.id);
                        }}
                      >
                        #{t.id} {t.subject}
                      </a>
                    </td>
                    <td>{t.requesterName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {Object.values(tickets).map((t) => (
          <TicketWorkspace
            key={t.id}
            ticket={t}
            active={t.id === active}
            onChange={(patch) => setTickets((all) => ({ ...all, [t.id]: { ...all[t.id]!, ...patch } }))}
            onSubmit={(text, status) => {
              if (text) push(t.id, text, tickets[t.id]!.composerMode === 'internal' ? 'internal' : 'agent', AGENT_NAME);
              setTickets((all) => ({ ...all, [t.id]: { ...all[t.id]!, status } }));
            }}
          />
        ))}
      </div>
    </div>
  );
}
