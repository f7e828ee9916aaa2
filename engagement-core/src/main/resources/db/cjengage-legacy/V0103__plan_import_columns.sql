-- What a partnership chose for each column heading of the plan files it imports (issue 12): a plan field
-- (PlanColumn name) or IGNORE. Keyed by the heading with case, spaces and punctuation removed, so the next
-- file with the same headings opens with the same mapping.
CREATE TABLE plan_import_column (
    partnership_id  BIGINT        NOT NULL,
    heading_key     VARCHAR(255)  NOT NULL,
    target          VARCHAR(40)   NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (partnership_id, heading_key),
    CONSTRAINT fk_plan_import_column_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
