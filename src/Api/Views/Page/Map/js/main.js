import { element, relationshipCard } from '../shared/evidence.js';
import { bindViewForm } from '../shared/view-form.js';
import { loadCountryCodes } from './country-codes.js';
import { loadPartnerCountries, relationshipsOf } from './partner-countries.js';
import { colourFor, drawWorld, STEPS } from './world-map.js';

// The partner map: the actor's partners in the window, shaded by how many sit in each country; hover for counts,
// click for the relationships and their quotes.

const DEFAULTS = { of: 'country:VNM', since: 2020, until: new Date().getFullYear() };
const $ = (id) => document.getElementById(id);
const svg = $('map');
const tooltip = $('tooltip');
const form = bindViewForm(DEFAULTS, (next) => { state = next; load(); });
let state = form.current();
let view = { status: 'loading', byCountry: new Map(), ownState: [], stateless: [], home: null };
let paths = new Map();

function summaryOf(entries) {
  const relationships = relationshipsOf(entries).length;
  return `${entries.length} partner${entries.length === 1 ? '' : 's'} · ${relationships} relationship${relationships === 1 ? '' : 's'}`;
}

function showDetails(title, entries) {
  const panel = $('details');
  panel.replaceChildren(element('h2', null, title), element('p', 'muted', summaryOf(entries)));
  for (const entry of entries) {
    const heading = element('h3', null, `${entry.entity.name} (${entry.entity.kind.toLowerCase()}) `);
    const timeline = element('a', null, 'timeline');
    timeline.href = `/timeline#of=${encodeURIComponent(entry.entity.id)}`;
    heading.append(timeline);
    panel.append(heading);
    entry.relationships.forEach(relationship => panel.append(relationshipCard(relationship)));
    if (entry.total > entry.relationships.length) panel.append(element('p', 'muted', `${entry.total - entry.relationships.length} more in the playground (partnersConnection).`));
  }
  panel.scrollTop = 0;
}

function partnerList(container, entries, empty) {
  container.replaceChildren(...(entries.length === 0 ? [element('li', 'muted', empty)] : entries.map(entry => {
    const item = element('li');
    const button = element('button', 'link', `${entry.entity.name}`);
    button.type = 'button';
    button.addEventListener('click', () => showDetails(entry.entity.name, [entry]));
    item.append(button, element('span', 'muted', ` ${relationshipsOf([entry]).length}`));
    return item;
  })));
}

function shade() {
  for (const [code, path] of paths) {
    const entries = view.byCountry.get(code);
    path.style.fill = entries ? colourFor(entries.length) : '';
    path.classList.toggle('partner', Boolean(entries));
    path.classList.toggle('home', code === view.home);
  }
  const offMap = [...view.byCountry].filter(([code]) => !paths.has(code)).flatMap(([, entries]) => entries);
  partnerList($('stateless'), view.stateless, 'None in this window.');
  partnerList($('off-map'), offMap, 'None.');
  partnerList($('own-state'), view.ownState, 'None.');
  const countries = view.byCountry.size;
  $('summary').textContent = `${state.of}: partners in ${countries} countr${countries === 1 ? 'y' : 'ies'} and ${view.stateless.length} without a country, ${state.since ?? '…'}–${state.until ?? '…'}`;
}

async function load() {
  form.show(state);
  view = { ...view, status: 'loading' };
  $('summary').textContent = 'Loading partners…';
  try {
    view = { status: 'ready', ...(await loadPartnerCountries(state.of, state.since, state.until)) };
    shade();
  } catch (error) {
    view = { ...view, status: 'error', error: error.message };
    $('summary').textContent = error.message;
  }
}

function legend() {
  $('legend').replaceChildren(...STEPS.map(step => {
    const item = element('li');
    const swatch = element('span', 'swatch');
    swatch.style.background = step.colour;
    item.append(swatch, step.max === Infinity ? `${step.min}+` : step.min === step.max ? `${step.min}` : `${step.min}–${step.max}`);
    return item;
  }), ownStateKey());
}

function ownStateKey() {
  const item = element('li');
  item.append(element('span', 'swatch home'), 'actor\'s own state');
  return item;
}

function hover(event) {
  const path = event.target.closest('path.country');
  if (!path) { tooltip.hidden = true; return; }
  const entries = view.byCountry.get(path.dataset.country);
  tooltip.textContent = `${path.dataset.name}${entries ? ` — ${summaryOf(entries)}` : path.dataset.country === view.home ? ' — the actor\'s own state' : ''}`;
  const box = svg.parentElement.getBoundingClientRect();
  tooltip.style.left = `${event.clientX - box.left + 12}px`;
  tooltip.style.top = `${event.clientY - box.top + 12}px`;
  tooltip.hidden = false;
}

svg.addEventListener('mousemove', hover);
svg.addEventListener('mouseleave', () => { tooltip.hidden = true; });
svg.addEventListener('click', (event) => {
  const path = event.target.closest('path.partner');
  if (path) showDetails(path.dataset.name, view.byCountry.get(path.dataset.country));
});

/** What the page shows, for tests and for anyone reading it from the console. */
window.partnerMap = {
  state: () => ({ status: view.status, error: view.error ?? null, of: state.of, since: state.since, until: state.until, home: view.home,
    countries: Object.fromEntries([...view.byCountry].map(([code, entries]) => [code, entries.length])),
    stateless: view.stateless.map(entry => entry.entity.id) }),
};

legend();
paths = await drawWorld(svg, await loadCountryCodes());
await load();
