// A partial date ("2023", "2023-06", "2023-06-15") is the interval it covers, as in the API: a span that starts
// in 2019 starts on 2019-01-01, one that ends in 2023 ends with 2023-12-31.

/** The first instant of the interval (UTC). */
export function startOf(partial) {
  const [year, month = 1, day = 1] = partial.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

/** The instant just after the interval (UTC), so a one-day or one-year span has its true width. */
export function endOf(partial) {
  const parts = partial.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  if (parts.length === 1) return new Date(Date.UTC(year + 1, 0, 1));
  if (parts.length === 2) return new Date(Date.UTC(year, month, 1));
  return new Date(Date.UTC(year, month - 1, day + 1));
}
