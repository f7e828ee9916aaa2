-- Security, tenancy and audit (issue 7): account state for login hardening and data protection, and the
-- security event log. MariaDB SQL; never edit once released.

-- password_change_required: set when an admin invites a user with a one-time password.
-- personal_data_removed_at: set when an admin removed the person's details; views then show
--   "Former user #id" and the name/email columns are blanked, while every id-based history stays.
ALTER TABLE app_user
    ADD COLUMN password_change_required BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN personal_data_removed_at TIMESTAMP(6) NULL;

-- One row per security-relevant event. Rows are only ever inserted (no update, no delete).
-- user_id: the account the event is about (NULL when the username typed at login is unknown);
-- username: the name as typed or as it was at the time; actor_id: the admin who acted, if any.
CREATE TABLE security_event (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at    TIMESTAMP(6)  NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    event_type     VARCHAR(40)   NOT NULL,
    user_id        BIGINT,
    username       VARCHAR(100),
    actor_id       BIGINT,
    partnership_id BIGINT,
    details        VARCHAR(1000),
    INDEX ix_security_event_time (occurred_at),
    INDEX ix_security_event_user (user_id),
    INDEX ix_security_event_partnership (partnership_id),
    INDEX ix_security_event_type (event_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
