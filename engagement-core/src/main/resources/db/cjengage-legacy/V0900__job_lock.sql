-- One row per scheduled job: the node that holds it and until when (issue 18). With several application
-- nodes on one database, a job runs on the node that takes the row and the others skip that period.
CREATE TABLE job_lock (
    name         VARCHAR(64)  NOT NULL,
    locked_until TIMESTAMP(3) NOT NULL,
    locked_at    TIMESTAMP(3) NOT NULL,
    locked_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
