/** `1 file`, `3 files`: a number and its noun, in the plural unless there is one. */
export const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
