-- Weekly reminder digests (docs/reminders.md). People who switched them off, and the runs already made, so
-- that with several application nodes each weekly run sends once (the node that inserts the run's row sends).
-- MariaDB SQL; never edit once released.
CREATE TABLE reminder_opt_out (
    app_user_id BIGINT       NOT NULL PRIMARY KEY,
    opted_out_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_reminder_opt_out_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reminder_run (
    run_key VARCHAR(40)  NOT NULL PRIMARY KEY,
    ran_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
