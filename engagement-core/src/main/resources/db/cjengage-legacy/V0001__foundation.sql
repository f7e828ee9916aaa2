-- Foundation schema: partnerships, users and memberships, action plans and their activities.
-- MariaDB SQL. Never edit a released migration: add a new one.
-- Version ranges reserved per feature so parallel work does not collide:
--   0001-0099 foundation, 0100 plan, 0200 scoring, 0300 participation, 0400 security,
--   0500 dashboard, 0600 statutory outputs.

CREATE TABLE partnership (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)  NOT NULL,
    name              VARCHAR(200) NOT NULL,
    area              VARCHAR(200),
    coordinator_name  VARCHAR(200),
    coordinator_email VARCHAR(320),
    version           INT          NOT NULL DEFAULT 0,
    created_at        TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_partnership_code UNIQUE (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(320),
    password_hash VARCHAR(500),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    version       INT          NOT NULL DEFAULT 0,
    created_at    TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT uq_app_user_username UNIQUE (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- partnership_id NULL = a national membership (covers every partnership)
CREATE TABLE membership (
    app_user_id    BIGINT      NOT NULL,
    partnership_id BIGINT,
    role           VARCHAR(30) NOT NULL,
    CONSTRAINT fk_membership_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    CONSTRAINT fk_membership_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_membership_user (app_user_id),
    INDEX ix_membership_partnership (partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_plan (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT        NOT NULL,
    title          VARCHAR(200)  NOT NULL,
    outcome        VARCHAR(1000),
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    version        INT           NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_plan_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_plan_partnership (partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_activity (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id        BIGINT        NOT NULL,
    partnership_id BIGINT        NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    level_code     VARCHAR(40)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    lead_person    VARCHAR(200),
    stage_code     VARCHAR(40),
    planned_start  DATE,
    planned_end    DATE,
    actual_start   DATE,
    actual_end     DATE,
    version        INT           NOT NULL DEFAULT 0,
    created_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at     TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_activity_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id),
    CONSTRAINT fk_activity_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_activity_plan (plan_id),
    INDEX ix_activity_partnership_status (partnership_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_community (
    activity_id    BIGINT      NOT NULL,
    community_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (activity_id, community_code),
    CONSTRAINT fk_activity_community FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_tag (
    activity_id BIGINT      NOT NULL,
    tag_code    VARCHAR(60) NOT NULL,
    PRIMARY KEY (activity_id, tag_code),
    CONSTRAINT fk_activity_tag FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_method (
    activity_id BIGINT      NOT NULL,
    method_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (activity_id, method_code),
    CONSTRAINT fk_activity_method FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_purpose (
    activity_id  BIGINT      NOT NULL,
    purpose_code VARCHAR(60) NOT NULL,
    who          VARCHAR(500),
    place        VARCHAR(500),
    about        VARCHAR(500),
    how          VARCHAR(500),
    PRIMARY KEY (activity_id, purpose_code),
    CONSTRAINT fk_activity_purpose FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
