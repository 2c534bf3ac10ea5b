-- Video fingerprints: one row per video file (by content) and fingerprinting method.
-- data holds the method's own binary encoding (see the app's FingerprintCodec); a file that could not
-- be fingerprinted has data NULL and a one-line problem, so a resumed run does not retry it forever.
-- ${bytes} is BLOB on SQLite and BYTEA on PostgreSQL.

CREATE TABLE video_fingerprint (
  sha256 TEXT NOT NULL REFERENCES media_file (sha256),
  method TEXT NOT NULL,
  data ${bytes},
  problem TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (sha256, method)
);
