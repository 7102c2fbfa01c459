-- A number every node raises when it changes what the public pages show: on PostgreSQL
-- the nodes read it every second and drop their kept pages when another node raised it.
CREATE TABLE content_version (
    id INT PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO content_version (id, version) VALUES (1, 0);
