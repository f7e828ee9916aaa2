-- Former members (issue 14, item 1): when an admin removes a user's membership of a partnership, the user
-- stays visible to that partnership's admins (listed as a former member) so they can still deactivate the
-- account. One row per user and partnership they were removed from; deleted again if they rejoin.
-- MariaDB SQL; never edit once released.
CREATE TABLE former_member (
    app_user_id    BIGINT       NOT NULL,
    partnership_id BIGINT       NOT NULL,
    removed_at     TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (partnership_id, app_user_id),
    CONSTRAINT fk_former_member_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_former_member_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_former_member_user (app_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Removals made before this table existed are in the security log ("partnership N: ROLE -> none").
INSERT IGNORE INTO former_member (app_user_id, partnership_id, removed_at)
SELECT e.user_id, e.partnership_id, MAX(e.occurred_at)
FROM security_event e
JOIN app_user u ON u.id = e.user_id
JOIN partnership p ON p.id = e.partnership_id
WHERE e.event_type = 'ROLE_CHANGED' AND e.details LIKE '% -> none'
  AND NOT EXISTS (SELECT 1 FROM membership m WHERE m.app_user_id = e.user_id AND m.partnership_id = e.partnership_id)
GROUP BY e.user_id, e.partnership_id;
