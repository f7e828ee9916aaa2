-- Every table gets a primary key (issue 18): a MariaDB Galera cluster replicates rows by their key, and
-- deletes in a table without one are slow and can apply differently on each node. membership had none (its
-- partnership_id is null for national roles, so it cannot be part of a key); a surrogate id, unseen by the
-- application, which maps memberships as part of app_user.
ALTER TABLE membership ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY FIRST;
