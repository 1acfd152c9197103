import { COUNT_TRIGGERS, currentEventsInsert, RECOUNT_SQL } from './events-sql';

/**
 * Numbered schema migrations. Each runs once, in order; all pending ones run in one
 * transaction and then `user_version` is set to the last number.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'sources, articles and full-text index',
    sql: `
      CREATE TABLE sources (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        domain      TEXT,
        country     TEXT,
        kind        TEXT,
        reliability TEXT NOT NULL DEFAULT 'F' CHECK (reliability IN ('A','B','C','D','E','F')),
        created_at  TEXT NOT NULL
      );
      CREATE UNIQUE INDEX sources_name ON sources (name COLLATE NOCASE);
      CREATE INDEX sources_domain ON sources (domain);

      CREATE TABLE articles (
        id                  INTEGER PRIMARY KEY,
        title               TEXT NOT NULL,
        byline              TEXT,
        source_id           INTEGER REFERENCES sources (id) ON DELETE SET NULL,
        url                 TEXT,
        published           TEXT,
        published_precision TEXT CHECK (published_precision IN ('day','month','year')),
        published_source    TEXT,
        imported_at         TEXT NOT NULL,
        lang                TEXT,
        text                TEXT NOT NULL,
        html                TEXT,
        format              TEXT,
        content_hash        TEXT NOT NULL,
        near_signature      TEXT,
        story_id            INTEGER,
        origin_name         TEXT,
        original_sha256     TEXT,
        dateline            TEXT
      );
      CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
      CREATE INDEX articles_url ON articles (url);
      CREATE INDEX articles_published ON articles (published);
      CREATE INDEX articles_imported ON articles (imported_at);
      CREATE INDEX articles_source ON articles (source_id);
      CREATE INDEX articles_story ON articles (story_id);

      -- Locality-sensitive hash bands of each article's MinHash signature, for near-duplicate lookup.
      CREATE TABLE article_bands (
        band       INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (band, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX article_bands_article ON article_bands (article_id);

      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, text,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3 4'
      );
      -- Large imports defer indexing: new rows are queued in fts_pending and indexed in one statement
      -- at the end (far fewer FTS5 segment merges than one insert per article). A crash mid-import
      -- leaves the queue, which the next open flushes.
      CREATE TABLE fts_state (id INTEGER PRIMARY KEY CHECK (id = 1), deferring INTEGER NOT NULL DEFAULT 0);
      INSERT INTO fts_state (id, deferring) VALUES (1, 0);
      CREATE TABLE fts_pending (id INTEGER PRIMARY KEY);
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles
        WHEN (SELECT deferring FROM fts_state) = 0 BEGIN
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_defer AFTER INSERT ON articles
        WHEN (SELECT deferring FROM fts_state) > 0 BEGIN
        INSERT INTO fts_pending (id) VALUES (new.id);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text)
          SELECT 'delete', old.id, old.title, old.text WHERE old.id NOT IN (SELECT id FROM fts_pending);
        DELETE FROM fts_pending WHERE id = old.id;
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles
        WHEN old.id NOT IN (SELECT id FROM fts_pending) BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
      END;
    `,
  },
  {
    version: 2,
    name: 'analysis results and analyst corrections',
    sql: `
      CREATE TABLE analyses (
        article_id    INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        coder_version TEXT NOT NULL,
        analyzed_at   TEXT NOT NULL,
        error         TEXT
      );
      CREATE TABLE mentions (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        actor      TEXT NOT NULL,
        kind       TEXT NOT NULL
      );
      CREATE INDEX mentions_article ON mentions (article_id);
      CREATE INDEX mentions_actor ON mentions (actor, article_id);
      CREATE TABLE quotes (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        speaker    TEXT,
        actor      TEXT,
        kind       TEXT NOT NULL
      );
      CREATE INDEX quotes_article ON quotes (article_id);
      CREATE TABLE time_expressions (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        start      INTEGER NOT NULL,
        end        INTEGER NOT NULL,
        text       TEXT NOT NULL,
        type       TEXT NOT NULL,
        value      TEXT NOT NULL,
        earliest   TEXT,
        latest     TEXT,
        precision  TEXT,
        qualifier  TEXT
      );
      CREATE INDEX time_expressions_article ON time_expressions (article_id);
      CREATE TABLE events (
        id            INTEGER PRIMARY KEY,
        article_id    INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        event_key     TEXT NOT NULL,
        source        TEXT NOT NULL,
        target        TEXT NOT NULL,
        category      TEXT NOT NULL,
        polarity      TEXT NOT NULL,
        intensity     REAL NOT NULL,
        modality      TEXT NOT NULL,
        sentence      TEXT NOT NULL,
        start         INTEGER NOT NULL,
        end           INTEGER NOT NULL,
        date          TEXT,
        speaker       TEXT,
        negated       INTEGER NOT NULL DEFAULT 0,
        conditional   INTEGER NOT NULL DEFAULT 0,
        hypothetical  INTEGER NOT NULL DEFAULT 0,
        reported      INTEGER NOT NULL DEFAULT 0,
        coder_version TEXT NOT NULL
      );
      CREATE INDEX events_article ON events (article_id);
      CREATE INDEX events_pair ON events (source, target, date);
      CREATE INDEX events_date ON events (date);
      -- Analyst corrections live apart from machine output, keyed so they survive re-analysis.
      CREATE TABLE event_corrections (
        id         INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        event_key  TEXT,
        kind       TEXT NOT NULL CHECK (kind IN ('polarity', 'target', 'reject', 'add')),
        value      TEXT,
        note       TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX event_corrections_article ON event_corrections (article_id);
    `,
  },
  {
    version: 3,
    name: 'current events and their counts per lane and time bucket',
    sql: `
      -- Machine events with the analyst's corrections applied: what every view reads. Rebuilt per article
      -- when its analysis is stored or corrected; removed with the article.
      CREATE TABLE current_events (
        id             INTEGER PRIMARY KEY,
        article_id     INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        event_key      TEXT NOT NULL,
        machine_id     INTEGER,
        correction_id  INTEGER,
        source         TEXT NOT NULL,
        target         TEXT NOT NULL,
        category       TEXT NOT NULL,
        polarity       TEXT NOT NULL CHECK (polarity IN ('cooperative', 'conflictual', 'neutral')),
        intensity      REAL NOT NULL,
        modality       TEXT NOT NULL,
        sentence       TEXT NOT NULL,
        start          INTEGER NOT NULL,
        end            INTEGER NOT NULL,
        date_earliest  TEXT,
        date_latest    TEXT,
        date_best      TEXT,
        date_precision TEXT,
        speaker        TEXT,
        negated        INTEGER NOT NULL,
        conditional    INTEGER NOT NULL,
        hypothetical   INTEGER NOT NULL,
        reported       INTEGER NOT NULL,
        corrected      INTEGER NOT NULL,
        -- Counts in stances and timelines: happened (not negated or hypothetical), not a reported claim,
        -- and the strongest event its sentence gives for that pair and polarity.
        counted        INTEGER NOT NULL
      );
      CREATE INDEX current_events_pair ON current_events (source, target, date_best);
      CREATE INDEX current_events_target ON current_events (target, source, date_best);
      CREATE INDEX current_events_date ON current_events (date_best);
      CREATE INDEX current_events_article ON current_events (article_id);
      CREATE INDEX event_corrections_key ON event_corrections (article_id, event_key);
      CREATE INDEX quotes_actor ON quotes (actor, article_id);

      -- Counted events per lane (an actor on either side, or a directed pair) and time bucket; start is the
      -- ISO day the bucket begins, '' for undated events. Target is '' for actor lanes.
      CREATE TABLE event_counts (
        kind        TEXT NOT NULL CHECK (kind IN ('actor', 'pair')),
        bucket      TEXT NOT NULL CHECK (bucket IN ('day', 'week', 'month', 'quarter', 'year')),
        source      TEXT NOT NULL,
        target      TEXT NOT NULL,
        start       TEXT NOT NULL,
        cooperative INTEGER NOT NULL,
        conflictual INTEGER NOT NULL,
        neutral     INTEGER NOT NULL,
        intensity   REAL NOT NULL,
        PRIMARY KEY (kind, bucket, source, target, start)
      ) WITHOUT ROWID;
      CREATE INDEX event_counts_target ON event_counts (kind, bucket, target, source, start);
      CREATE INDEX event_counts_start ON event_counts (kind, bucket, start);
      -- Bulk loads set deferring, insert, then recount in one statement.
      CREATE TABLE event_counts_state (id INTEGER PRIMARY KEY CHECK (id = 1), deferring INTEGER NOT NULL DEFAULT 0);
      INSERT INTO event_counts_state (id, deferring) VALUES (1, 1);
      ${COUNT_TRIGGERS}
      ${currentEventsInsert('all')};
      ${RECOUNT_SQL}
      UPDATE event_counts_state SET deferring = 0;
    `,
  },
  {
    version: 4,
    name: 'briefings and their saved versions',
    sql: `
      -- The latest version's title, scope and marking are copied here so the list needs no JSON parsing.
      CREATE TABLE briefings (
        id         INTEGER PRIMARY KEY,
        title      TEXT NOT NULL,
        scope      TEXT NOT NULL,
        template   TEXT NOT NULL,
        marking    TEXT NOT NULL,
        version    INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX briefings_updated ON briefings (updated_at);
      -- Every save is kept: the document as JSON, numbered from 1 per briefing.
      CREATE TABLE briefing_versions (
        briefing_id INTEGER NOT NULL REFERENCES briefings (id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        saved_at    TEXT NOT NULL,
        doc         TEXT NOT NULL,
        PRIMARY KEY (briefing_id, version)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 5,
    name: 'strongest counted event of a pair by index',
    sql: `
      -- A stance row's strongest evidence is the first entry of its pair here, no sort needed.
      CREATE INDEX current_events_strongest
        ON current_events (source, target, abs(intensity) DESC, date_best DESC) WHERE counted = 1;
    `,
  },
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
