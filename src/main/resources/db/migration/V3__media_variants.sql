-- Resized copies of uploaded images, served through srcset; their files sit beside the
-- original's. Written to run unchanged on H2 and PostgreSQL.

CREATE TABLE media_variant (
    media_id BIGINT NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    width INT NOT NULL,
    height INT NOT NULL,
    storage_name VARCHAR(200) NOT NULL UNIQUE,
    size_bytes BIGINT NOT NULL,
    PRIMARY KEY (media_id, width)
);

-- The media library lists the newest uploads first.
CREATE INDEX media_created_idx ON media (created_at DESC, id DESC);
