-- The publishing check looks for scheduled articles that fell due, twice a second: an index
-- led by status lets it skip the whole table.
CREATE INDEX article_status_time_idx ON article (status, published_at);
