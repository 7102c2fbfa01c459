-- The path each imported post had on the WordPress site, so its old links lead to the article.
ALTER TABLE wordpress_import ADD COLUMN old_path VARCHAR(600);
CREATE INDEX wordpress_import_path_idx ON wordpress_import (old_path);
