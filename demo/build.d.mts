export function buildDemo(): Promise<void>;
