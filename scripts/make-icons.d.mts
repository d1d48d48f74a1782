/** The icons' PNG bytes by size (16, 32, 48, 128). */
export function icons(): Record<string, Buffer>;
