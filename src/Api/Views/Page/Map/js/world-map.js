// The world drawn once from world-atlas's 110m countries (Natural Earth projection, fitted to its box); shading,
// hover and click are laid over it so a new actor or window only recolours the paths.

const SVG = 'http://www.w3.org/2000/svg';

/** Draws every country into the svg; each path carries data-country (alpha-3) and a title for screen readers. */
export async function drawWorld(svg, codes) {
  const topology = await (await fetch('/map/lib/countries-110m.json')).json();
  const countries = window.topojson.feature(topology, topology.objects.countries).features;
  const paths = new Map();
  for (const feature of countries) {
    const path = document.createElementNS(SVG, 'path');
    const code = codes.alpha3Of(feature.id);
    path.classList.add('country');
    if (code) path.dataset.country = code;
    path.dataset.name = feature.properties.name;
    svg.append(path);
    if (code) paths.set(code, path);
  }
  const fit = () => {
    const box = svg.getBoundingClientRect();
    const projection = window.d3.geoNaturalEarth1().fitSize([box.width, box.height], { type: 'FeatureCollection', features: countries });
    const outline = window.d3.geoPath(projection);
    [...svg.querySelectorAll('path.country')].forEach((path, index) => path.setAttribute('d', outline(countries[index]) ?? ''));
  };
  fit();
  new ResizeObserver(fit).observe(svg);
  return paths;
}

/** Colour steps for partner counts: each count its own step up to five, then one step for more. */
export const STEPS = [
  { min: 1, max: 1, colour: '#c6dbef' },
  { min: 2, max: 2, colour: '#9ecae1' },
  { min: 3, max: 3, colour: '#6baed6' },
  { min: 4, max: 5, colour: '#3182bd' },
  { min: 6, max: Infinity, colour: '#08519c' },
];

export function colourFor(count) {
  return STEPS.find(step => count >= step.min && count <= step.max)?.colour;
}
