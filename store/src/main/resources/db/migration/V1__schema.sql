-- sitrep database schema, version 1. One SQL text for SQLite and PostgreSQL: types are the common subset
-- (TEXT, INTEGER, BIGINT, DOUBLE PRECISION); dates and times are ISO-8601 text, which sorts as time does.
-- Event columns keep ACLED's names (ACLED Codebook); sitrep's own columns follow them.

CREATE TABLE sitrep_info (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO sitrep_info (name, value) VALUES ('application', 'sitrep');

-- identifiers handed out inside write transactions (D1, SY17, ...), the same way on both engines
CREATE TABLE counters (
    name  TEXT PRIMARY KEY,
    value BIGINT NOT NULL
);
INSERT INTO counters (name, value) VALUES ('document', 0);
INSERT INTO counters (name, value) VALUES ('event', 0);
INSERT INTO counters (name, value) VALUES ('audit', 0);

-- every version of every document, never deleted: an update of an article is a new row that supersedes the old
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    source_key    TEXT NOT NULL,            -- the URL, else the id the document came with
    version       INTEGER NOT NULL,
    content_hash  TEXT NOT NULL UNIQUE,     -- SHA-256 of the text: the same text under two URLs is one document
    external_id   TEXT,
    publisher     TEXT,
    url           TEXT,
    title         TEXT,
    published     TEXT,
    ingested_at   TEXT NOT NULL,
    superseded_by TEXT,
    posts         TEXT,                     -- JSON array of the live-blog posts
    text          TEXT NOT NULL
);
CREATE INDEX documents_by_source_key ON documents (source_key, version);

-- one row per incident, merged across sources; the columns are the combined record of its sources
-- with the analyst's edits applied
CREATE TABLE events (
    event_id_cnty      TEXT PRIMARY KEY,
    event_date         TEXT NOT NULL,
    year               INTEGER NOT NULL,
    time_precision     INTEGER NOT NULL,
    disorder_type      TEXT,
    event_type         TEXT NOT NULL,
    sub_event_type     TEXT NOT NULL,
    actor1             TEXT,
    assoc_actor_1      TEXT,
    inter1             INTEGER,
    actor2             TEXT,
    assoc_actor_2      TEXT,
    inter2             INTEGER,
    interaction        INTEGER,
    civilian_targeting TEXT,
    iso                INTEGER,
    region             TEXT,
    country            TEXT,
    admin1             TEXT,
    admin2             TEXT,
    admin3             TEXT,
    location           TEXT,
    latitude           DOUBLE PRECISION,
    longitude          DOUBLE PRECISION,
    geo_precision      INTEGER,
    source             TEXT,
    source_scale       TEXT,
    notes              TEXT,
    fatalities         INTEGER,
    tags               TEXT,
    timestamp          BIGINT NOT NULL,      -- ACLED's: Unix time of the last change of the row
    date_precision     TEXT NOT NULL,
    category           TEXT,
    country_code       TEXT,
    geonameid          BIGINT,
    fatalities_low     INTEGER,
    fatalities_high    INTEGER,
    injured            INTEGER,
    modality           TEXT NOT NULL,
    claimed_by         TEXT,
    weapons            TEXT,
    attributed_to      TEXT,
    confidence         DOUBLE PRECISION,
    num_sources        INTEGER NOT NULL,
    first_reported     TEXT,
    last_reported      TEXT,
    status             TEXT NOT NULL,        -- unverified, verified, rejected
    edits              TEXT,                 -- JSON object: the analyst's values, which win over re-extraction
    incident_json      TEXT NOT NULL,        -- the combined record of the sources (before edits), for merging
    cell               BIGINT                -- the 0.1-degree grid cell of the place: merge candidates are looked up by cell
);
CREATE INDEX events_by_date ON events (event_date, event_id_cnty);
CREATE INDEX events_by_country ON events (country, event_date);
CREATE INDEX events_by_type ON events (event_type, event_date);
CREATE INDEX events_by_latitude ON events (latitude);
CREATE INDEX events_by_cell ON events (event_type, cell, event_date);
CREATE INDEX events_by_admin2 ON events (admin2, event_date);

-- each source of an incident: the event as that document coded it, and why it was attached
CREATE TABLE event_sources (
    document_id     TEXT NOT NULL REFERENCES documents (id),
    extracted_id    TEXT NOT NULL,          -- the id the extractor gave it inside the document
    event_id_cnty   TEXT NOT NULL REFERENCES events (event_id_cnty),
    publisher       TEXT,
    fatalities      INTEGER,
    fatalities_low  INTEGER,
    fatalities_high INTEGER,
    evidence        TEXT,
    evidence_start  INTEGER,
    evidence_end    INTEGER,
    merge_reason    TEXT NOT NULL,
    attached_at     TEXT NOT NULL,
    event_json      TEXT NOT NULL,
    PRIMARY KEY (document_id, extracted_id)
);
CREATE INDEX event_sources_by_event ON event_sources (event_id_cnty);

-- aggregate tolls ("57 people died in Syria yesterday"): never an incident's fatalities
CREATE TABLE casualty_reports (
    id             TEXT PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents (id),
    area           TEXT,
    country        TEXT,
    admin1         TEXT,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    period         TEXT NOT NULL,
    date_precision TEXT NOT NULL,
    killed         INTEGER,
    injured        INTEGER,
    attributed_to  TEXT,
    evidence       TEXT,
    record_json    TEXT NOT NULL
);
CREATE INDEX casualty_reports_by_document ON casualty_reports (document_id);

-- who holds a place, as a report states it
CREATE TABLE control_observations (
    id              TEXT PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents (id),
    place           TEXT,
    country         TEXT,
    admin1          TEXT,
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    geonameid       BIGINT,
    holder          TEXT,
    holder_inter    INTEGER,
    previous_holder TEXT,
    as_of           TEXT NOT NULL,
    evidence        TEXT,
    record_json     TEXT NOT NULL
);
CREATE INDEX control_by_document ON control_observations (document_id);
CREATE INDEX control_by_date ON control_observations (as_of);

-- the actors and places that stored records reference, as the dictionaries and the gazetteer named them
CREATE TABLE actors (
    name  TEXT PRIMARY KEY,
    inter INTEGER,
    iso   TEXT
);
CREATE TABLE places (
    geonameid BIGINT PRIMARY KEY,
    name      TEXT,
    country   TEXT,
    admin1    TEXT,
    admin2    TEXT,
    latitude  DOUBLE PRECISION,
    longitude DOUBLE PRECISION
);

-- every analyst action and every automatic merge, append-only
CREATE TABLE audit_log (
    id            BIGINT PRIMARY KEY,
    event_id_cnty TEXT NOT NULL,
    at            TEXT NOT NULL,
    who           TEXT NOT NULL,
    action        TEXT NOT NULL,            -- created, merged, verified, rejected, edited, split, source-replaced
    field         TEXT,
    old_value     TEXT,
    new_value     TEXT,
    note          TEXT
);
CREATE INDEX audit_by_event ON audit_log (event_id_cnty, id);
