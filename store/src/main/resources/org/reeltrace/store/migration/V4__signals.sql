-- Attribution signals (terminology, watermark handles, soundtrack origin, capture time/place/context ...)
-- per post or channel. Each producer (a stage and its version, e.g. "text-v1") owns its rows: a re-run
-- replaces that producer's rows for the subject in one transaction, so nothing is lost or duplicated.
-- signal_run records that a producer has looked at a subject, even when it found nothing or failed,
-- so a resumed run skips it.

CREATE TABLE signal (
  id ${auto_id},
  subject_type TEXT NOT NULL,
  platform TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  producer TEXT NOT NULL,
  kind TEXT NOT NULL,
  indicates TEXT NOT NULL,
  matched TEXT NOT NULL,
  found_in TEXT NOT NULL,
  strength DOUBLE PRECISION NOT NULL,
  reference TEXT
);

CREATE INDEX signal_by_subject ON signal (subject_type, platform, subject_id, producer);

CREATE TABLE signal_run (
  subject_type TEXT NOT NULL,
  platform TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  producer TEXT NOT NULL,
  problem TEXT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (subject_type, platform, subject_id, producer)
);
