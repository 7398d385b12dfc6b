// Where the drawings' data comes from: partner networks (kept by their variables, so Back and an undone expansion
// draw again without asking the API) and the influence ranking that sizes the nodes.

import { COMMUNITIES_QUERY, COMMUNITY_GROUPS, graphql, INFLUENCE_QUERY, INFLUENCE_TOP, NETWORK_QUERY, PAGE_SIZE_LIMIT } from './api.js';
import { windowVariables } from './view-state.js';

const KEPT = 30;

export class NetworkSource {
  #networks = new Map();

  /** partnerNetwork for these variables; signal stops the request (a large network the analyst cancelled). */
  network(variables, signal = undefined) {
    const key = JSON.stringify(variables);
    if (!this.#networks.has(key)) {
      const request = graphql(NETWORK_QUERY, variables, signal).then((data) => data.partnerNetwork);
      // A failed or stopped request is not kept, so asking again asks the API again.
      request.catch(() => this.#networks.delete(key));
      this.#networks.set(key, request);
      if (this.#networks.size > KEPT) this.#networks.delete(this.#networks.keys().next().value);
    }
    return this.#networks.get(key);
  }

  /**
   * The Louvain communities of the drawn entities in the view's window (computed over the whole graph, listed for these
   * ids only): ranks (id → rank, 1 = largest) and groups ({ rank, size, names }), or why there are none.
   */
  async communities(view, ids) {
    try {
      // Ranks are the whole graph's, so the drawn ids can be asked for in pages the API accepts and merged.
      const pages = [];
      for (let start = 0; start < Math.max(ids.length, 1); start += PAGE_SIZE_LIMIT) pages.push(ids.slice(start, start + PAGE_SIZE_LIMIT));
      const answers = await Promise.all(pages.map((among) =>
        graphql(COMMUNITIES_QUERY, { among, ...windowVariables(view), groups: COMMUNITY_GROUPS, members: Math.max(among.length, 1) })));
      const ranks = new Map();
      const groups = new Map();
      for (const { communities } of answers) {
        for (const c of communities) {
          for (const m of c.members) ranks.set(m.id, c.rank);
          const group = groups.get(c.rank) ?? { rank: c.rank, size: c.size, drawn: 0, names: [] };
          group.drawn += c.members.length;
          group.names = [...group.names, ...c.members.map((m) => m.name)].slice(0, 2);
          groups.set(c.rank, group);
        }
      }
      return { ranks, groups: [...groups.values()].sort((a, b) => a.rank - b.rank), error: null };
    } catch (error) {
      return { ranks: new Map(), groups: [], error: error.message };
    }
  }

  /** Personalised PageRank around the view's centre in its window: id → { rank, score }, or why there is none. */
  async influence(view) {
    try {
      const { influence } = await graphql(INFLUENCE_QUERY, { around: view.of, ...windowVariables(view), top: INFLUENCE_TOP });
      return { scores: new Map(influence.map((s) => [s.entity.id, { rank: s.rank, score: s.score }])), error: null };
    } catch (error) {
      return { scores: new Map(), error: error.message };
    }
  }
}
