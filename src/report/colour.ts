/** Whether to colour output: FORCE_COLOR forces it, NO_COLOR forbids it, otherwise only on a terminal. */
export function colourWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return stream.isTTY === true;
}

const code = (open: number, close: number) => (on: boolean) => (text: string) => (on ? `\x1b[${open}m${text}\x1b[${close}m` : text);
export const green = code(32, 39);
export const red = code(31, 39);
export const yellow = code(33, 39);
export const dim = code(2, 22);
