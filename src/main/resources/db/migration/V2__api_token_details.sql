-- API tokens get a name, the time of their last use and a revoked flag, so users can
-- manage them in the back office. Written to run unchanged on H2 and PostgreSQL.

ALTER TABLE api_token ADD COLUMN name VARCHAR(100);
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_token ADD COLUMN revoked BOOLEAN DEFAULT FALSE NOT NULL;
