-- The annual report's engagement section, published for a finished reporting year (issue 13): frozen as JSON
-- like a published participation statement, so later data changes never alter it, and linked from the public
-- partnership page (/p/{code}/annual-report). Publishing a year again adds a newer row; the newest is shown.
-- Numbered V0205 (the scoring range) because that was the number assigned to this work; it belongs to outputs.
CREATE TABLE published_annual_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id BIGINT       NOT NULL,
    start_year     INT          NOT NULL,
    published_on   DATE         NOT NULL,
    published_at   TIMESTAMP(6) NOT NULL,
    published_by   VARCHAR(200) NOT NULL,
    content        MEDIUMTEXT   NOT NULL,
    CONSTRAINT fk_published_report_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    INDEX ix_published_report_partnership (partnership_id, start_year, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
