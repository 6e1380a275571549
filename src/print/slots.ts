/**
 * At most `limit` calls running at once, the others waiting their turn in the
 * order they came: a slot is handed straight to the next caller when a call ends.
 */
export function slots(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  return async (work) => {
    if (running < limit) running++;
    else await new Promise<void>((turn) => waiting.push(turn));
    try {
      return await work();
    } finally {
      release();
    }
  };
}
