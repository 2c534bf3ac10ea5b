-- The archive: channels, posts, their dated counts, video files, and ingest runs.
-- One script for SQLite and PostgreSQL: times are epoch milliseconds (BIGINT), text is TEXT, and
-- ${auto_id} is the one difference (SQLite INTEGER PRIMARY KEY AUTOINCREMENT, PostgreSQL identity).
-- Rows are keyed by the platform's own identifiers, so saving the same item again is an upsert.

CREATE TABLE ingest_run (
  id ${auto_id},
  archive_root TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  finished_at BIGINT
);

-- One row per rejected item of a run; an item is identified by where it was read.
CREATE TABLE ingest_error (
  run_id BIGINT NOT NULL REFERENCES ingest_run (id),
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  problem TEXT NOT NULL,
  PRIMARY KEY (run_id, source_file, source_line)
);

-- observed_at: the newest item that described the channel; its names win over older ones.
CREATE TABLE channel (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  handle TEXT,
  display_name TEXT,
  numeric_id TEXT,
  observed_at BIGINT NOT NULL,
  PRIMARY KEY (platform, channel_id)
);

CREATE TABLE channel_snapshot (
  platform TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  observed_at BIGINT NOT NULL,
  followers BIGINT NOT NULL,
  PRIMARY KEY (platform, channel_id, observed_at),
  FOREIGN KEY (platform, channel_id) REFERENCES channel (platform, channel_id)
);

-- observed_at: the newest item that described the post; views..shares: for each count, the value
-- of the newest post_snapshot that knows it. hashtags: tags joined by newlines (see TagList).
CREATE TABLE post (
  platform TEXT NOT NULL,
  post_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  posted_at BIGINT,
  title TEXT,
  caption TEXT,
  duration_seconds DOUBLE PRECISION,
  url TEXT,
  music_id TEXT,
  music_title TEXT,
  music_artist TEXT,
  music_album TEXT,
  hashtags TEXT,
  transcript TEXT,
  region_code TEXT,
  observed_at BIGINT NOT NULL,
  views BIGINT,
  likes BIGINT,
  comments BIGINT,
  shares BIGINT,
  PRIMARY KEY (platform, post_id),
  FOREIGN KEY (platform, channel_id) REFERENCES channel (platform, channel_id)
);

CREATE INDEX post_by_channel ON post (platform, channel_id);

CREATE TABLE post_snapshot (
  platform TEXT NOT NULL,
  post_id TEXT NOT NULL,
  observed_at BIGINT NOT NULL,
  views BIGINT,
  likes BIGINT,
  comments BIGINT,
  shares BIGINT,
  PRIMARY KEY (platform, post_id, observed_at),
  FOREIGN KEY (platform, post_id) REFERENCES post (platform, post_id)
);

-- Where each post was read: provenance for the analysis stage.
CREATE TABLE post_source (
  platform TEXT NOT NULL,
  post_id TEXT NOT NULL,
  source_file TEXT NOT NULL,
  source_line INTEGER NOT NULL,
  format TEXT NOT NULL,
  observed_at BIGINT NOT NULL,
  PRIMARY KEY (platform, post_id, source_file, source_line),
  FOREIGN KEY (platform, post_id) REFERENCES post (platform, post_id)
);

CREATE TABLE media_file (
  sha256 TEXT NOT NULL PRIMARY KEY,
  size_bytes BIGINT NOT NULL,
  container TEXT,
  duration_seconds DOUBLE PRECISION,
  width INTEGER,
  height INTEGER
);

-- The file last seen at each path, with its size and modification time, so that an unchanged file
-- is recognised on a later run without hashing it again.
CREATE TABLE media_location (
  path TEXT NOT NULL PRIMARY KEY,
  sha256 TEXT NOT NULL REFERENCES media_file (sha256),
  size_bytes BIGINT NOT NULL,
  last_modified BIGINT NOT NULL
);

CREATE TABLE post_media (
  platform TEXT NOT NULL,
  post_id TEXT NOT NULL,
  sha256 TEXT NOT NULL REFERENCES media_file (sha256),
  path TEXT NOT NULL,
  PRIMARY KEY (platform, post_id, sha256),
  FOREIGN KEY (platform, post_id) REFERENCES post (platform, post_id)
);

CREATE INDEX post_media_by_file ON post_media (sha256);
