-- The plan a strategy lead pinned as the partnership's current plan (CurrentPlanRule). No row: the current
-- plan follows the dates. Deleting the plan removes the pin. MariaDB SQL; never edit once released.
CREATE TABLE current_plan_pin (
    partnership_id BIGINT       NOT NULL PRIMARY KEY,
    plan_id        BIGINT       NOT NULL,
    pinned_at      TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    CONSTRAINT fk_current_plan_pin_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_current_plan_pin_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
