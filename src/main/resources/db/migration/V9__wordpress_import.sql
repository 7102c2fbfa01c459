-- What each WordPress import made of the items in an export, so importing the same export
-- again adds only what is new. A row goes with the article or image it points to.
CREATE TABLE wordpress_import (
    site VARCHAR(300) NOT NULL,
    source VARCHAR(600) NOT NULL,
    article_id BIGINT REFERENCES article (id) ON DELETE CASCADE,
    media_id BIGINT REFERENCES media (id) ON DELETE CASCADE,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (site, source)
);
CREATE INDEX wordpress_import_article_idx ON wordpress_import (article_id);
CREATE INDEX wordpress_import_media_idx ON wordpress_import (media_id);
