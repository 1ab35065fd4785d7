// A faithful fake of Zendesk Help Center's article list endpoints:
//   GET /api/v2/help_center/articles.json?page=N&per_page=M  (offset pagination, next_page absolute URL)
//   GET /api/v2/help_center/incremental/articles.json?start_time=UNIX  (articles updated since)
// Both answer 401 without the agent's session cookie, as Zendesk does for a private Help Center.
import { readFileSync } from 'node:fs';

const articles = JSON.parse(readFileSync(new URL('./kb/help-center-articles.json', import.meta.url), 'utf8')).articles;

export function helpCenterResponse(url, authed) {
  if (!authed) return { status: 401, body: { error: 'Couldn\'t authenticate you' } };
  const origin = url.origin;
  if (url.pathname === '/api/v2/help_center/incremental/articles.json') {
    const start = Number(url.searchParams.get('start_time') ?? 0);
    const updated = articles.filter((a) => Date.parse(a.updated_at) / 1000 >= start);
    const end = Math.floor(Math.max(start, ...articles.map((a) => Date.parse(a.updated_at) / 1000)));
    return { status: 200, body: { articles: updated.map((a) => withUrl(a, origin)), count: updated.length, end_time: end, next_page: null } };
  }
  if (/^\/api\/v2\/help_center\/([a-z-]+\/)?articles\.json$/.test(url.pathname)) {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30)));
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
    const slice = articles.slice((page - 1) * perPage, page * perPage);
    const pageCount = Math.max(1, Math.ceil(articles.length / perPage));
    const link = (p) => `${origin}/api/v2/help_center/articles.json?page=${p}&per_page=${perPage}`;
    return {
      status: 200,
      body: {
        articles: slice.map((a) => withUrl(a, origin)),
        page,
        per_page: perPage,
        page_count: pageCount,
        count: articles.length,
        previous_page: page > 1 ? link(page - 1) : null,
        next_page: page < pageCount ? link(page + 1) : null,
        sort_by: 'position',
        sort_order: 'asc',
      },
    };
  }
  return { status: 404, body: { error: 'InvalidEndpoint' } };
}

function withUrl(a, origin) {
  return { ...a, url: `${origin}/api/v2/help_center/${a.locale}/articles/${a.id}.json`, html_url: `${origin}/hc/${a.locale}/articles/${a.id}` };
}
