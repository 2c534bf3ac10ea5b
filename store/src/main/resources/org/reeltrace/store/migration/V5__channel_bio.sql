-- The channel's self-description (TikTok/Douyin "signature"), read for self-disclosure and terminology signals.
ALTER TABLE channel ADD COLUMN bio TEXT;
