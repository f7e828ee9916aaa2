-- Lockout counter of LoginThrottle, kept in the database so a restart does not clear it and every app
-- instance counts together. One row per username tried recently, whether or not such a user exists (so a
-- lock reveals nothing about which usernames are real), keyed by the SHA-256 of the username as compared
-- (trimmed, lower case): fixed width whatever was typed, and compared exactly, not by collation.
-- Rows whose window and lock have passed are deleted by the housekeeping job (SecurityHousekeeping), so random
-- usernames cannot fill the table. MariaDB SQL; never edit once released.
CREATE TABLE login_failure (
    username_hash BINARY(32)   NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    locked_until  TIMESTAMP(6) NULL,
    INDEX ix_login_failure_window (window_start)
) ENGINE = InnoDB;
