-- Which visitor (a digest of the visitor's id) viewed which article, until when: on
-- PostgreSQL the nodes share it, so a reader whose requests a load balancer spreads over
-- several nodes counts once per dedup window. Rows past their time are deleted.
CREATE TABLE view_claim (
    visitor VARCHAR(32) NOT NULL,
    article_id BIGINT NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (visitor, article_id)
);
CREATE INDEX view_claim_expires_idx ON view_claim (expires_at);
