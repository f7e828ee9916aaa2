-- OpenID Connect accounts are linked by the provider's issuer and subject (issue 14, item 13), the pair the
-- specification says is unique and never reassigned; preferred_username is not used at all. A link is made
-- once: by a verified e-mail address that exactly one active account has, and only if that account has no
-- link yet. Compared byte for byte (subjects are case-sensitive). MariaDB SQL; never edit once released.
CREATE TABLE external_identity (
    issuer      VARCHAR(500) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    subject     VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    app_user_id BIGINT       NOT NULL,
    linked_at   TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (issuer, subject),
    CONSTRAINT fk_external_identity_user FOREIGN KEY (app_user_id) REFERENCES app_user (id),
    INDEX ix_external_identity_user (app_user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
