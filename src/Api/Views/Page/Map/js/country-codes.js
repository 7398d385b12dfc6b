// world-atlas names countries by ISO 3166 numeric code, our ids by alpha-3: i18n-iso-countries' code table
// (copied from npm by the build) joins the two, so no code is typed by hand.

/** Loads the table once; resolves with { numericOf(alpha3), alpha3Of(numeric) }. */
export async function loadCountryCodes() {
  const rows = await (await fetch('/map/lib/codes.json')).json();
  const numeric = new Map(rows.map(([, alpha3, number]) => [alpha3, number]));
  const alpha3 = new Map(rows.map(([, code, number]) => [number, code]));
  return { numericOf: (code) => numeric.get(code), alpha3Of: (number) => alpha3.get(number) };
}
