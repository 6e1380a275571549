/** How long one brief may take to print before it counts as hung. */
export const PRINT_TIMEOUT_MS = 120_000;
