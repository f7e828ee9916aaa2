-- The test host application's own first migration (HostApplicationTest), beside the plugin's.
CREATE TABLE host_note (
    id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    text VARCHAR(200) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
