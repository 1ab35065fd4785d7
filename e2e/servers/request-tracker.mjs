/**
 * A real Request Tracker 5 (Best Practical's RT, Debian's `request-tracker5`)
 * for the e2e suite: SQLite database, RT's own Plack server (Starlet) on a
 * loopback port, tickets written through RT's REST APIs.
 *
 *   node e2e/servers/request-tracker.mjs [port]     # start, seed, print the URL, stay up until Ctrl-C
 *   import { startRequestTracker, requestTrackerInstalled } from './servers/request-tracker.mjs'
 *
 * Nothing under /etc is read or written: RT_SITE_CONFIG and RT_SITE_CONFIG_DIR
 * point RT at a site config in a run directory of its own, which also moves
 * Mason's caches and RT's outgoing mail (an mbox file) there. The schema and
 * RT's initial data are built once per RT version into a template database
 * (rt-setup-database takes ~10 s) and copied for each run, so a run costs
 * RT's start-up plus seeding. Installed by .ci/run; see docs/admin-guide.md.
 */
import { spawn, execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const RT_HOME = '/usr/share/request-tracker5';
const RT_SERVER = `${RT_HOME}/libexec/rt-server`;
const RT_SETUP = '/usr/sbin/rt-setup-database-5';

export const RT_ROOT_LOGIN = { user: 'root', password: 'password' };
/** The agent the suite signs in as (a privileged RT user created by our initial data). */
export const RT_AGENT = { user: 'meichen', password: 'deskmate-agent', name: 'Mei Chen', email: 'mei.chen@deskmate.test' };

/** True when Debian's request-tracker5 (with the SQLite driver and Starlet) is installed. */
export function requestTrackerInstalled() {
  return existsSync(RT_SERVER) && existsSync(RT_SETUP) && existsSync('/usr/share/perl5/Starlet.pm') && existsSync(`${RT_HOME}/lib/RT.pm`);
}

export function requestTrackerVersion() {
  const m = /our \$VERSION = '([^']+)'/.exec(readFileSync(`${RT_HOME}/lib/RT/Generated.pm`, 'utf8'));
  return m ? m[1] : 'unknown';
}

/**
 * What RT needs beyond its defaults: the agent, the two custom fields the
 * preset fills, and the rights that let customers write in by mail (RT's
 * default install grants nobody CreateTicket).
 */
const INITIAL_DATA = `
@Users = (
  { Name => '${RT_AGENT.user}', RealName => '${RT_AGENT.name}', EmailAddress => '${RT_AGENT.email}',
    Password => '${RT_AGENT.password}', Privileged => 1 },
);
@CustomFields = (
  { Name => 'Order number', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket', Queue => ['General'],
    Description => 'Order number of the customer' },
  { Name => 'Tracking number', Type => 'FreeformSingle', LookupType => 'RT::Queue-RT::Ticket', Queue => ['General'],
    Description => 'Carrier tracking number' },
);
@ACL = (
  { UserId => '${RT_AGENT.user}', Right => 'SuperUser' },
  map({ { GroupDomain => 'SystemInternal', GroupType => 'Everyone', Queue => 'General', Right => $_ } }
      qw(CreateTicket ReplyToTicket SeeQueue)),
);
1;
`;

function siteConfig({ dbPath, port, runDir, cacheDir }) {
  const base = `http://127.0.0.1:${port}`;
  return `# Written by e2e/servers/request-tracker.mjs; RT_SITE_CONFIG points here.
Set($rtname, 'deskmate.test');
Set($Organization, 'deskmate.test');
Set($CorrespondAddress, 'support@deskmate.test');
Set($CommentAddress, 'support-comment@deskmate.test');
Set($Timezone, 'UTC');
Set($DatabaseType, 'SQLite');
Set($DatabaseName, '${dbPath}');
Set($WebDomain, '127.0.0.1');
Set($WebPort, ${port});
Set($WebPath, '');
Set($WebBaseURL, '${base}');
# Plain <textarea> message boxes instead of CKEditor (an iframe): the preset's composer is the textarea.
Set($MessageBoxRichText, 0);
# Mail RT sends (autoreplies, notifications) goes to an mbox in the run directory, not to an MTA.
Set($MailCommand, 'mbox');
Set($LogDir, '${runDir}');
Set($LogToSTDERR, 'error');
Set($LogToSyslog, undef);
Set($LogToFile, undef);
# Mason's compiled components and sessions live beside the database, not in /var/cache.
$RT::MasonDataDir = '${cacheDir}/mason';
$RT::MasonSessionDir = '${runDir}/sessions';
1;
`;
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function rtEnv(runDir) {
  return { ...process.env, RT_SITE_CONFIG: join(runDir, 'RT_SiteConfig.pm'), RT_SITE_CONFIG_DIR: join(runDir, 'RT_SiteConfig.d') };
}

function writeConfig(runDir, opts) {
  mkdirSync(join(runDir, 'RT_SiteConfig.d'), { recursive: true });
  mkdirSync(join(runDir, 'sessions'), { recursive: true });
  writeFileSync(join(runDir, 'RT_SiteConfig.pm'), siteConfig({ runDir, ...opts }));
}

/** The template database for this RT version and initial data: built once, then copied per run. */
async function templateDatabase(cacheDir, log) {
  const db = join(cacheDir, 'rt.db');
  if (existsSync(db)) return db;
  const buildDir = mkdtempSync(join(cacheDir, 'build-'));
  const building = join(buildDir, 'rt.db');
  writeConfig(buildDir, { dbPath: building, port: 1, cacheDir });
  writeFileSync(join(buildDir, 'initialdata'), INITIAL_DATA);
  const run = promisify(execFile);
  const env = rtEnv(buildDir);
  log(`building the RT template database in ${cacheDir}`);
  await run(RT_SETUP, ['--action', 'init', '--skip-create'], { env, cwd: buildDir, maxBuffer: 1 << 24 });
  await run(RT_SETUP, ['--action', 'insert', '--datafile', join(buildDir, 'initialdata')], { env, cwd: buildDir, maxBuffer: 1 << 24 });
  renameSync(building, db); // atomic: a concurrent run sees a whole database or none
  rmSync(buildDir, { recursive: true, force: true });
  return db;
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`rt-server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`RT did not answer ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** REST 1.0 speaks `key: value` forms; multi-line values continue with leading spaces. */
export function rest1Form(fields) {
  return Object.entries(fields)
    .map(([k, v]) => `${k}: ${String(v).replace(/\n/g, '\n ')}`)
    .join('\n');
}

function rfc2047(s) {
  // eslint-disable-next-line no-control-regex
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** A customer e-mail as RT's mail gateway receives it (what rt-mailgate posts). */
export function customerEmail({ from, name, subject, body, date }) {
  return [
    `From: ${rfc2047(name)} <${from}>`,
    `To: support@deskmate.test`,
    `Subject: ${rfc2047(subject)}`,
    `Date: ${new Date(date ?? Date.now()).toUTCString()}`,
    `Message-ID: <${createHash('sha1').update(from + subject + body).digest('hex')}@customer.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(body, 'utf8').toString('base64').replace(/.{76}/g, '$&\n'),
    '',
  ].join('\n');
}

/** A client for one running RT: customer mail in, agent replies and comments out, REST2 reads. */
export function connectRequestTracker(url) {
  return client(url);
}

function client(url) {
  const basic = (who) => `Basic ${Buffer.from(`${who.user}:${who.password}`).toString('base64')}`;
  async function rest1(path, fields, who = RT_AGENT) {
    const body = new URLSearchParams({ user: who.user, pass: who.password, content: rest1Form(fields) });
    const res = await fetch(`${url}/REST/1.0/${path}`, { method: 'POST', body });
    const text = await res.text();
    // REST 1.0 answers HTTP 200 with its own status line; anything but "200 Ok" is a failure.
    if (!/^RT\/[\d.]+\S* 200 Ok/.test(text) || /^# (?!Ticket \d+ created|Message recorded|Comments added|Correspondence added)/m.test(text)) {
      throw new Error(`RT REST 1.0 ${path} failed: ${text.slice(0, 400)}`);
    }
    return text;
  }
  async function rest2(path, init = {}, who = RT_AGENT) {
    const res = await fetch(`${url}/REST/2.0/${path}`, {
      ...init,
      headers: { Authorization: basic(who), 'Content-Type': 'application/json', ...(init.headers ?? {}) },
    });
    if (!res.ok) throw new Error(`RT REST2 ${path}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
    return res.json();
  }
  return {
    rest1,
    rest2,
    /** A customer writes in: a new ticket, or a reply when `ticketId` is given (RT's mail gateway, as rt-mailgate posts it). */
    async customerWrites({ ticketId, from, name, subject, body, date }) {
      const tagged = ticketId ? `Re: [deskmate.test #${ticketId}] ${subject}` : subject;
      const form = new URLSearchParams({ queue: 'General', action: 'correspond', message: customerEmail({ from, name, subject: tagged, body, date }) });
      if (ticketId) form.set('ticket', String(ticketId));
      const res = await fetch(`${url}/REST/1.0/NoAuth/mail-gateway`, { method: 'POST', body: form });
      const text = await res.text();
      if (!/^ok\b/.test(text)) throw new Error(`RT mail gateway refused the message: ${text.slice(0, 400)}`);
      if (ticketId) return Number(ticketId);
      // The gateway names the ticket only in DevelMode: find the requester's newest ticket.
      const query = encodeURIComponent(`Requestor.EmailAddress = '${from}'`);
      const found = await rest2(`tickets?query=${query}&orderby=id&order=DESC&per_page=1`);
      if (!found.items?.length) throw new Error(`RT created no ticket for ${from}`);
      return Number(found.items[0].id);
    },
    /** The agent answers the customer (a Correspond transaction, mailed to the requestor). */
    agentReplies(ticketId, text) {
      return rest1(`ticket/${ticketId}/comment`, { id: ticketId, Action: 'correspond', Text: text });
    },
    /** The agent writes an internal comment (a Comment transaction, never shown to the customer). */
    agentComments(ticketId, text) {
      return rest1(`ticket/${ticketId}/comment`, { id: ticketId, Action: 'comment', Text: text });
    },
    /** Every transaction of a ticket with its type and text content, oldest first (REST2). */
    async transactions(ticketId) {
      const out = [];
      for (let page = 1; ; page++) {
        const list = await rest2(`ticket/${ticketId}/history?per_page=100&page=${page}&fields=Type,Created,Creator`);
        for (const item of list.items) {
          const tx = { id: Number(item.id), type: item.Type, created: item.Created, creator: item.Creator?.id ?? null, content: '' };
          if (tx.type === 'Create' || tx.type === 'Correspond' || tx.type === 'Comment') {
            const atts = await rest2(`transaction/${tx.id}/attachments?fields=ContentType,Content`);
            // The collection endpoint gives Content as text (only /attachment/:id encodes it in base64).
            tx.content = atts.items
              .filter((a) => /^text\/plain/.test(a.ContentType ?? '') && a.Content)
              .map((a) => a.Content)
              .join('\n');
          }
          out.push(tx);
        }
        if (page >= list.pages) break;
      }
      return out;
    },
    async ticket(ticketId) {
      return rest2(`ticket/${ticketId}`);
    },
  };
}

/**
 * The two cases the suite reads. Names, phones, order and tracking numbers
 * match the mock order system (order-system.mjs) so lookups line up.
 */
export async function seedTickets(rt) {
  const en = await rt.customerWrites({
    from: 'emily.carter@example.com',
    name: 'Emily Carter',
    subject: 'Refund for order ORD-2024-00123 still not received',
    body: 'Hello,\n\nI returned the Bluetooth headphones from order ORD-2024-00123 two weeks ago (UPS tracking 1Z999AA10123456784) and I still have not received my refund.\nPlease call me on +1 415 555 0142 if you need anything.\n\nThanks,\nEmily Carter',
  });
  await rt.agentReplies(en, 'Hi Emily,\n\nThank you for your patience. I can see the return for ORD-2024-00123 arrived at our warehouse; the refund of 89.50 USD is being processed.\n\nBest regards,\nMei Chen\nDeskmate Support');
  await rt.agentComments(en, 'Internal: refund approved by finance, ticket FIN-2291. Do not promise a date to the customer.');
  await rt.customerWrites({
    ticketId: en,
    from: 'emily.carter@example.com',
    name: 'Emily Carter',
    subject: 'Refund for order ORD-2024-00123 still not received',
    // Mail clients quote the message answered: the preset leaves quoted text out of what Deskmate reads.
    body: 'Thank you. Can you tell me when the money will be back on my card?\n\nEmily\n\nOn Fri, Mei Chen wrote:\n> Hi Emily,\n> Thank you for your patience. I can see the return for ORD-2024-00123 arrived at our warehouse.\n> Best regards,\n> Mei Chen',
  });

  const zh = await rt.customerWrites({
    from: 'zhang.wei@example.com',
    name: '张伟',
    subject: '订单 240312598746 迟迟未送达',
    body: '你好，我的订单240312598746三天前就显示已发货，顺丰单号SF1234567890123，但是物流一直没有更新。\n我的电话是13812345678，麻烦尽快帮我查一下。\n\n张伟',
  });
  await rt.agentReplies(zh, '张先生您好，\n\n我们已联系顺丰核实运单SF1234567890123，预计明天会有更新，请您耐心等待。\n\n陈梅\nDeskmate 客服');
  await rt.agentComments(zh, '内部备注：顺丰网点爆仓，已提交加急，不要向客户承诺具体时间。');
  await rt.customerWrites({
    ticketId: zh,
    from: 'zhang.wei@example.com',
    name: '张伟',
    subject: '订单 240312598746 迟迟未送达',
    body: '你们客服都是SB吗，垃圾服务',
  });
  return { en, zh };
}

/**
 * Start RT on 127.0.0.1 (port 0 = a free one), seed the two tickets, and
 * return its URL, the ticket ids and a REST client. Calling it again in the
 * same process returns the running instance.
 */
let running = null;
export function startRequestTracker(opts = {}) {
  running ??= launch(opts).catch((err) => {
    running = null;
    throw err;
  });
  return running;
}

async function launch({ port = 0, log = () => {}, timeoutMs = 110_000, workers = 3 } = {}) {
  if (!requestTrackerInstalled()) throw new Error('Request Tracker 5 is not installed (apt-get install request-tracker5 rt5-db-sqlite rt5-standalone; see .ci/run)');
  const started = Date.now();
  const version = requestTrackerVersion();
  const cacheDir = join(tmpdir(), `deskmate-rt-${version.replace(/[^\w.-]/g, '_')}-${createHash('sha1').update(INITIAL_DATA).digest('hex').slice(0, 8)}`);
  mkdirSync(join(cacheDir, 'mason'), { recursive: true });
  const template = await templateDatabase(cacheDir, log);
  const databaseMs = Date.now() - started;

  const runDir = mkdtempSync(join(tmpdir(), 'deskmate-rt-run-'));
  const dbPath = join(runDir, 'rt.db');
  copyFileSync(template, dbPath);
  const listenPort = port || (await freePort());
  writeConfig(runDir, { dbPath, port: listenPort, cacheDir });
  const url = `http://127.0.0.1:${listenPort}`;
  const logFd = openSync(join(runDir, 'server.log'), 'a');
  const child = spawn('/usr/bin/perl', ['-w', RT_SERVER, '--server', 'Starlet', '--host', '127.0.0.1', '--port', String(listenPort), '--max-workers', String(workers)], {
    env: rtEnv(runDir),
    cwd: runDir,
    detached: true, // its own process group: close() ends the Starlet workers with it
    stdio: ['ignore', logFd, logFd],
  });
  closeSync(logFd);
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  // RT runs in its own process group, so it would outlive a test runner that dies without teardown.
  process.once('exit', stop);
  try {
    await waitForHttp(`${url}/NoAuth/Login.html`, child, timeoutMs);
  } catch (err) {
    stop();
    const tail = existsSync(join(runDir, 'server.log')) ? readFileSync(join(runDir, 'server.log'), 'utf8').slice(-2000) : '';
    throw new Error(`${err.message}\n${tail}`);
  }
  const serverMs = Date.now() - started - databaseMs;
  const rt = client(url);
  let tickets;
  try {
    tickets = await seedTickets(rt);
  } catch (err) {
    stop();
    throw err;
  }
  const timings = { databaseMs, serverMs, seedMs: Date.now() - started - databaseMs - serverMs, totalMs: Date.now() - started };
  log(`RT ${version} on ${url} in ${timings.totalMs} ms (database ${databaseMs}, server ${serverMs}, tickets ${timings.seedMs})`);
  return {
    url,
    version,
    runDir,
    tickets,
    timings,
    agent: RT_AGENT,
    ...rt,
    async close() {
      stop();
      await new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const t = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* gone */
          }
          resolve();
        }, 5000);
        child.once('exit', () => {
          clearTimeout(t);
          resolve();
        });
      });
      running = null;
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rt = await startRequestTracker({ port: Number(process.argv[2] ?? 0), log: (m) => console.log(m) });
  console.log(`RT: ${rt.url}  (sign in as ${RT_AGENT.user} / ${RT_AGENT.password})  tickets: en #${rt.tickets.en}, zh #${rt.tickets.zh}`);
  console.log(`e2e against it: DESKMATE_RT_URL=${rt.url} DESKMATE_RT_TICKETS='${JSON.stringify(rt.tickets)}' npx playwright test -c e2e/playwright.config.ts specs/request-tracker.spec.ts`);
  const bye = () => rt.close().then(() => process.exit(0));
  process.on('SIGINT', bye);
  process.on('SIGTERM', bye);
}
