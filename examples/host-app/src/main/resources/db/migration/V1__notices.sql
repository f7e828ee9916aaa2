-- The host application's own table, in its own migration sequence starting at 1 (the plugin keeps its
-- migrations in its own location and history table).
CREATE TABLE notice (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    title     VARCHAR(200)  NOT NULL,
    body      VARCHAR(2000) NOT NULL,
    posted_on DATE          NOT NULL
);

INSERT INTO notice (title, body, posted_on) VALUES
    ('Drop-in sessions on Thursday evenings', 'The hub stays open until 8 pm on Thursdays for drop-in advice.', '2026-11-26'),
    ('Volunteer induction in January', 'New volunteers meet on 14 January; ask at reception to join.', '2026-12-02');
