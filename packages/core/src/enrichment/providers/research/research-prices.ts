/** USD per token, input and output. */
export interface ModelPrice {
  input: number;
  output: number;
}

/**
 * Anthropic list prices in USD per million tokens (input / output), from
 * https://www.anthropic.com/pricing (Claude API table, read 2026-11): Haiku 4.5 $1 / $5,
 * Sonnet 4.x $3 / $15, Opus 4.5 $5 / $25, Opus 4 and 4.1 $15 / $75.
 */
const pricesPerMillion: ReadonlyArray<readonly [prefix: string, input: number, output: number]> = [
  ['claude-haiku-4', 1, 5],
  ['claude-sonnet-4', 3, 15],
  ['claude-opus-4-5', 5, 25],
  ['claude-opus-4', 15, 75],
];

// An unknown model is priced as the dearest one we know, so a budget is never under-estimated.
const dearest: ModelPrice = { input: 15 / 1_000_000, output: 75 / 1_000_000 };

/** Price per token of a model id, by prefix; unknown models get the dearest known price. */
export function researchModelPrice(model: string): ModelPrice {
  const entry = pricesPerMillion.find(([prefix]) => model.startsWith(prefix));
  return entry === undefined ? dearest : { input: entry[1] / 1_000_000, output: entry[2] / 1_000_000 };
}
