export function helpCenterResponse(url: URL, authed: boolean): { status: number; body: unknown };
