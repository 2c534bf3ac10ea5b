-- The container's creation_time tag of each video file (epoch milliseconds), lineage evidence when
-- posting times are missing or tied.
ALTER TABLE media_file ADD COLUMN created_at BIGINT;
