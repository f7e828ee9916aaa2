-- Anonymous feedback from people who took part in an activity (docs/feedback.md). No personal data: no
-- name, no address, no IP address, and the date only (no time of day). Responses wait for moderation.
-- Range 0700-0799: participant feedback and reminders. MariaDB SQL; never edit once released.
CREATE TABLE feedback_link (
    activity_id           BIGINT       NOT NULL PRIMARY KEY,
    partnership_id        BIGINT       NOT NULL,
    token                 VARCHAR(64)  NOT NULL,
    open                  BOOLEAN      NOT NULL,
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version VARCHAR(20)  NOT NULL,
    opened_at             TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_feedback_link_token UNIQUE (token),
    CONSTRAINT fk_feedback_link_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_link_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_response (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    activity_id           BIGINT       NOT NULL,
    partnership_id        BIGINT       NOT NULL,
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version VARCHAR(20)  NOT NULL,
    received_on           DATE         NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    moderated_by          BIGINT       NULL,
    moderated_at          TIMESTAMP(6) NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_feedback_response_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_response_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_feedback_response_moderator FOREIGN KEY (moderated_by) REFERENCES app_user (id) ON DELETE SET NULL,
    INDEX ix_feedback_response_activity (activity_id, status),
    INDEX ix_feedback_response_partnership (partnership_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_answer (
    response_id   BIGINT        NOT NULL,
    question_code VARCHAR(60)   NOT NULL,
    score         INT           NULL,
    answer_text   VARCHAR(2000) NULL,
    choice_code   VARCHAR(60)   NULL,
    PRIMARY KEY (response_id, question_code),
    CONSTRAINT fk_feedback_answer_response FOREIGN KEY (response_id) REFERENCES feedback_response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
