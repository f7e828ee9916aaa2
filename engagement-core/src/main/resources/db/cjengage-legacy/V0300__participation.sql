-- Distance travelled: services a partnership tracks on the participation scale, and their
-- append-only observations. MariaDB SQL. Never edit a released migration: add a new one.

CREATE TABLE tracked_service (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id      BIGINT       NOT NULL,
    name                VARCHAR(200) NOT NULL,
    owning_organisation VARCHAR(200) NOT NULL,
    sector              VARCHAR(20)  NOT NULL,
    target_stage        INT          NOT NULL,
    target_date         DATE         NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_tracked_service_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT uq_tracked_service_name UNIQUE (partnership_id, name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracked_service_community (
    service_id     BIGINT      NOT NULL,
    community_code VARCHAR(60) NOT NULL,
    PRIMARY KEY (service_id, community_code),
    CONSTRAINT fk_tracked_service_community FOREIGN KEY (service_id) REFERENCES tracked_service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: rows are inserted, never updated or deleted. A correction names the row it corrects;
-- the unique key allows one correction per row, so two people correcting at once cannot both win.
CREATE TABLE participation_observation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    service_id     BIGINT        NOT NULL,
    partnership_id BIGINT        NOT NULL,
    observed_on    DATE          NOT NULL,
    stage          INT           NOT NULL,
    scale_id       VARCHAR(100)  NOT NULL,
    scale_version  VARCHAR(40)   NOT NULL,
    evidence       VARCHAR(4000) NOT NULL,
    baseline       BOOLEAN       NOT NULL DEFAULT FALSE,
    corrects_id    BIGINT,
    recorded_by    BIGINT        NOT NULL,
    recorded_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_observation_service FOREIGN KEY (service_id) REFERENCES tracked_service (id),
    CONSTRAINT fk_observation_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_observation_corrects FOREIGN KEY (corrects_id) REFERENCES participation_observation (id),
    CONSTRAINT fk_observation_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT uq_observation_corrects UNIQUE (corrects_id),
    INDEX ix_observation_service (service_id, observed_on),
    INDEX ix_observation_partnership (partnership_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Activity ids deliberately without a foreign key: the history keeps the link even if the plan later
-- removes the activity (the page then says the activity is no longer in the plan).
CREATE TABLE observation_activity (
    observation_id BIGINT NOT NULL,
    activity_id    BIGINT NOT NULL,
    PRIMARY KEY (observation_id, activity_id),
    CONSTRAINT fk_observation_activity FOREIGN KEY (observation_id) REFERENCES participation_observation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
