// Schema for the knowledge graph in Neo4j. Applied on every start (every statement is IF NOT EXISTS),
// and runnable by hand: cypher-shell -f cypher/schema.cypher
// Labels and relationship types are those of src/Graph/Ontology/GraphOntology.cs; a test keeps this file in step with it.

// Every entity carries :Entity plus the label of its kind; ids are unique across all of them.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (e:Country) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (e:Organization) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT ministry_id IF NOT EXISTS FOR (e:Ministry) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (e:Person) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT ilo_convention_id IF NOT EXISTS FOR (e:IloConvention) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT trade_agreement_id IF NOT EXISTS FOR (e:TradeAgreement) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (e:Agreement) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT legal_instrument_id IF NOT EXISTS FOR (e:LegalInstrument) REQUIRE e.id IS UNIQUE;

// The document catalogue: sources cite a document by id. Documents are nodes of their own, not entities.
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;

// The store's own bookkeeping node: the content version that projections are keyed by.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (m:GraphMeta) REQUIRE m.id IS UNIQUE;

// Relationship ids: unique per type, and the index behind lookups by id and keyset paging in id order.
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT ratified_id IF NOT EXISTS FOR ()-[r:RATIFIED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT party_to_id IF NOT EXISTS FOR ()-[r:PARTY_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT hosted_id IF NOT EXISTS FOR ()-[r:HOSTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT signed_during_id IF NOT EXISTS FOR ()-[r:SIGNED_DURING]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT adopted_id IF NOT EXISTS FOR ()-[r:ADOPTED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT refers_to_id IF NOT EXISTS FOR ()-[r:REFERS_TO]-() REQUIRE r.id IS UNIQUE;

// Search: CONTAINS on the folded (lower-case, diacritics removed) names and aliases.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText);
