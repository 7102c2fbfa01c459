-- WordPress imports started from the back office, which run on their own after the file
-- arrived: how far each got, and its report (JSON) once it finished, so the page showing
-- it can be served by any node. A running import writes its progress every second.
CREATE TABLE import_job (
    id VARCHAR(36) PRIMARY KEY,
    started_by VARCHAR(100) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(16) NOT NULL,
    posts_total INT NOT NULL,
    posts_done INT NOT NULL,
    report TEXT
);
CREATE INDEX import_job_started_idx ON import_job (started_at DESC);
