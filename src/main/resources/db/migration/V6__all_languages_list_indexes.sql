-- The API lists published articles of every language when no language is asked for: these
-- indexes give those lists, with or without a category, in order, so a page reads ten rows
-- rather than sorting the archive.
CREATE INDEX article_published_idx ON article (status, published_at DESC, id DESC);
CREATE INDEX article_category_published_idx ON article_category (category_id, status, published_at DESC, article_id DESC);
