// Where the drawings' data comes from: partner networks (kept by their variables, so Back and an undone expansion
// draw again without asking the API) and the influence ranking that sizes the nodes.

import { COMMUNITIES_QUERY, COMMUNITY_GROUPS, graphql, INFLUENCE_QUERY, INFLUENCE_TOP, NETWORK_QUERY } from './api.js';
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
      const { communities } = await graphql(COMMUNITIES_QUERY, { among: ids, ...windowVariables(view), groups: COMMUNITY_GROUPS, members: Math.max(ids.length, 1) });
      const ranks = new Map(communities.flatMap((c) => c.members.map((m) => [m.id, c.rank])));
      const groups = communities.map((c) => ({ rank: c.rank, size: c.size, drawn: c.members.length, names: c.members.slice(0, 2).map((m) => m.name) }));
      return { ranks, groups, error: null };
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
