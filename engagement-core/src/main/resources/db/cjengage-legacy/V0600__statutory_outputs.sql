-- Statutory outputs: participation statement drafts and published versions, partnership information page.
-- MariaDB SQL. Never edit a released migration: add a new one (range 0600-0699).

-- The one editable draft of a plan's participation statement (narrative sections; figures come from the data).
CREATE TABLE statement_draft (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    plan_id        BIGINT       NOT NULL,
    title          VARCHAR(200) NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    updated_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_by     VARCHAR(200),
    CONSTRAINT uq_statement_draft_plan UNIQUE (plan_id),
    CONSTRAINT fk_statement_draft_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT fk_statement_draft_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_draft_section (
    statement_draft_id BIGINT       NOT NULL,
    section_index      INT          NOT NULL,
    heading            VARCHAR(200) NOT NULL,
    body               TEXT         NOT NULL,
    PRIMARY KEY (statement_draft_id, section_index),
    CONSTRAINT fk_statement_section_draft FOREIGN KEY (statement_draft_id) REFERENCES statement_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published, dated version: the whole document frozen as JSON. Rows are never updated.
CREATE TABLE published_statement (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    plan_id        BIGINT       NOT NULL,
    number         INT          NOT NULL,
    title          VARCHAR(200) NOT NULL,
    published_on   DATE         NOT NULL,
    published_at   TIMESTAMP(6) NOT NULL,
    published_by   VARCHAR(200) NOT NULL,
    content        MEDIUMTEXT   NOT NULL,
    CONSTRAINT uq_published_statement_number UNIQUE (plan_id, number),
    CONSTRAINT fk_published_statement_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT fk_published_statement_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_published_statement_partnership (partnership_id, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Basic partnership information, public at /p/{code} only while published is true.
CREATE TABLE partnership_page (
    partnership_id     BIGINT        PRIMARY KEY,
    coordinator_name   VARCHAR(200),
    coordinator_email  VARCHAR(320),
    coordinator_phone  VARCHAR(40),
    engagement_routes  TEXT,
    plan_url           VARCHAR(500),
    annual_report_url  VARCHAR(500),
    published          BOOLEAN       NOT NULL DEFAULT FALSE,
    version            INT           NOT NULL DEFAULT 0,
    updated_at         TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_partnership_page_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
