-- Usernames are compared exactly on their normalised form (issue 14, item 2). Before, the column used the
-- table's accent- and case-insensitive collation, so "víctim2" or "VICTIM2" found the account "victim2" while the
-- lockout counted the name as typed. Existing names are brought to the normalised form the application uses
-- (org.cjengage.core.security.Usernames: lower case, no surrounding spaces, no zero-width or format characters;
-- names were already restricted to [a-z0-9._@-] when created), then the column compares byte for byte, trailing
-- spaces included (the NO PAD binary collation; utf8mb4_bin would still ignore them). The insensitive unique
-- index made case or accent variants impossible, so the update cannot create duplicates.
-- MariaDB SQL; never edit once released.
UPDATE app_user
SET username = LOWER(TRIM(REGEXP_REPLACE(username, '[\\x{00AD}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}\\x{2060}-\\x{2064}\\x{FEFF}]', '')));

ALTER TABLE app_user MODIFY username VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL;
