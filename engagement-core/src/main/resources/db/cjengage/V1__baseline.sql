-- CJ Engage schema 0.1, version 1 of the plugin's own migration history (cjengage_schema_history).
-- Generated from a database migrated with the legacy migrations V0001-V0901 (db/cjengage-legacy) with
-- mariadb-dump --no-data, tables in the order the legacy migrations created them (each after the tables it
-- references). Those migrations inserted no reference rows; their backfills have nothing to fill in an
-- empty database. MariaDB SQL; never edit once released (docs/conventions.md, "Migrations").

CREATE TABLE partnership (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    code varchar(40) NOT NULL,
    name varchar(200) NOT NULL,
    area varchar(200) DEFAULT NULL,
    coordinator_name varchar(200) DEFAULT NULL,
    coordinator_email varchar(320) DEFAULT NULL,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    UNIQUE KEY uq_partnership_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    username varchar(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin NOT NULL,
    display_name varchar(200) NOT NULL,
    email varchar(320) DEFAULT NULL,
    password_hash varchar(500) DEFAULT NULL,
    active tinyint(1) NOT NULL DEFAULT 1,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    password_change_required tinyint(1) NOT NULL DEFAULT 0,
    personal_data_removed_at timestamp(6) NULL DEFAULT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_app_user_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE membership (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    app_user_id bigint(20) NOT NULL,
    partnership_id bigint(20) DEFAULT NULL,
    role varchar(30) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_membership_user (app_user_id),
    KEY ix_membership_partnership (partnership_id),
    CONSTRAINT fk_membership_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_membership_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_plan (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    title varchar(200) NOT NULL,
    outcome varchar(1000) DEFAULT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    KEY ix_plan_partnership (partnership_id),
    CONSTRAINT fk_plan_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE engagement_activity (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    plan_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    description varchar(2000) NOT NULL,
    level_code varchar(40) NOT NULL,
    status varchar(20) NOT NULL,
    lead_person varchar(200) DEFAULT NULL,
    stage_code varchar(40) DEFAULT NULL,
    planned_start date DEFAULT NULL,
    planned_end date DEFAULT NULL,
    actual_start date DEFAULT NULL,
    actual_end date DEFAULT NULL,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    analyse_issue text DEFAULT NULL,
    analyse_affected text DEFAULT NULL,
    analyse_involved text DEFAULT NULL,
    analyse_barriers text DEFAULT NULL,
    plan_outcomes text DEFAULT NULL,
    plan_indicators text DEFAULT NULL,
    plan_resources text DEFAULT NULL,
    plan_timescale text DEFAULT NULL,
    do_what_happened text DEFAULT NULL,
    do_who_took_part text DEFAULT NULL,
    do_participants int(11) DEFAULT NULL,
    review_lessons text DEFAULT NULL,
    review_you_said text DEFAULT NULL,
    review_we_did text DEFAULT NULL,
    PRIMARY KEY (id),
    KEY ix_activity_plan (plan_id),
    KEY ix_activity_partnership_status (partnership_id,status),
    KEY ix_activity_plan_end (plan_id,planned_end),
    KEY ix_activity_dashboard (partnership_id,status,level_code,stage_code,planned_start,planned_end,plan_id),
    CONSTRAINT fk_activity_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_activity_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_community (
    activity_id bigint(20) NOT NULL,
    community_code varchar(60) NOT NULL,
    PRIMARY KEY (activity_id,community_code),
    CONSTRAINT fk_activity_community FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_tag (
    activity_id bigint(20) NOT NULL,
    tag_code varchar(60) NOT NULL,
    PRIMARY KEY (activity_id,tag_code),
    CONSTRAINT fk_activity_tag FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_method (
    activity_id bigint(20) NOT NULL,
    method_code varchar(60) NOT NULL,
    PRIMARY KEY (activity_id,method_code),
    CONSTRAINT fk_activity_method FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_purpose (
    activity_id bigint(20) NOT NULL,
    purpose_code varchar(60) NOT NULL,
    who varchar(500) DEFAULT NULL,
    place varchar(500) DEFAULT NULL,
    about varchar(500) DEFAULT NULL,
    how varchar(500) DEFAULT NULL,
    PRIMARY KEY (activity_id,purpose_code),
    CONSTRAINT fk_activity_purpose FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    plan_id bigint(20) DEFAULT NULL,
    entity_type varchar(20) NOT NULL,
    entity_id bigint(20) NOT NULL,
    action varchar(20) NOT NULL,
    field varchar(60) DEFAULT NULL,
    old_value text DEFAULT NULL,
    new_value text DEFAULT NULL,
    actor_id bigint(20) DEFAULT NULL,
    actor_name varchar(200) NOT NULL,
    occurred_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    KEY ix_audit_entity (entity_type,entity_id),
    KEY ix_audit_plan (plan_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE current_plan_pin (
    partnership_id bigint(20) NOT NULL,
    plan_id bigint(20) NOT NULL,
    pinned_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (partnership_id),
    KEY fk_current_plan_pin_plan (plan_id),
    CONSTRAINT fk_current_plan_pin_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_current_plan_pin_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE plan_import_column (
    partnership_id bigint(20) NOT NULL,
    heading_key varchar(255) NOT NULL,
    target varchar(40) NOT NULL,
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (partnership_id,heading_key),
    CONSTRAINT fk_plan_import_column_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE assessment (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    activity_id bigint(20) DEFAULT NULL,
    partnership_id bigint(20) NOT NULL,
    assessor_id bigint(20) NOT NULL,
    imported_assessor int(11) NOT NULL DEFAULT 0,
    framework_id varchar(100) NOT NULL,
    framework_version varchar(40) NOT NULL,
    stage varchar(20) NOT NULL,
    status varchar(20) NOT NULL,
    return_reason varchar(1000) DEFAULT NULL,
    reviewer_id bigint(20) DEFAULT NULL,
    submitted_at timestamp(6) NULL DEFAULT NULL,
    approved_at timestamp(6) NULL DEFAULT NULL,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    UNIQUE KEY uq_assessment_per_assessor (activity_id,assessor_id,stage,framework_id,imported_assessor),
    KEY fk_assessment_assessor (assessor_id),
    KEY fk_assessment_reviewer (reviewer_id),
    KEY ix_assessment_partnership_status (partnership_id,status),
    CONSTRAINT fk_assessment_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessment_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
    CONSTRAINT fk_assessment_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_assessment_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_score (
    assessment_id bigint(20) NOT NULL,
    element_code varchar(40) NOT NULL,
    indicator_code varchar(40) NOT NULL,
    score_value tinyint(4) DEFAULT NULL,
    not_applicable tinyint(1) NOT NULL DEFAULT 0,
    evidence text DEFAULT NULL,
    PRIMARY KEY (assessment_id,indicator_code),
    CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE,
    CONSTRAINT ck_score_value_or_na CHECK (not_applicable = 0 or score_value is null)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE assessment_standard_total (
    assessment_id bigint(20) NOT NULL,
    element_code varchar(40) NOT NULL,
    activity_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    framework_id varchar(100) NOT NULL,
    score_sum int(11) NOT NULL,
    scored_count int(11) NOT NULL,
    PRIMARY KEY (assessment_id,element_code),
    KEY ix_standard_total_partnership (framework_id,partnership_id,element_code,score_sum,scored_count,activity_id),
    KEY ix_standard_total_national (framework_id,element_code,score_sum,scored_count),
    CONSTRAINT fk_standard_total_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE activity_standard_total (
    activity_id bigint(20) NOT NULL,
    framework_id varchar(100) NOT NULL,
    element_code varchar(40) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    mean_sum double NOT NULL,
    assessments int(11) NOT NULL,
    PRIMARY KEY (activity_id,framework_id,element_code),
    KEY ix_activity_total_partnership (framework_id,partnership_id,element_code,mean_sum,assessments),
    KEY ix_activity_total_national (framework_id,element_code,mean_sum,assessments),
    CONSTRAINT fk_activity_total_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE published_annual_report (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    start_year int(11) NOT NULL,
    published_on date NOT NULL,
    published_at timestamp(6) NOT NULL,
    published_by varchar(200) NOT NULL,
    content mediumtext NOT NULL,
    PRIMARY KEY (id),
    KEY ix_published_report_partnership (partnership_id,start_year,published_at),
    CONSTRAINT fk_published_report_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracked_service (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    name varchar(200) NOT NULL,
    owning_organisation varchar(200) NOT NULL,
    sector varchar(20) NOT NULL,
    target_stage int(11) NOT NULL,
    target_date date NOT NULL,
    version int(11) NOT NULL DEFAULT 0,
    created_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    UNIQUE KEY uq_tracked_service_name (partnership_id,name),
    CONSTRAINT fk_tracked_service_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracked_service_community (
    service_id bigint(20) NOT NULL,
    community_code varchar(60) NOT NULL,
    PRIMARY KEY (service_id,community_code),
    CONSTRAINT fk_tracked_service_community FOREIGN KEY (service_id) REFERENCES tracked_service (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE participation_observation (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    service_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    observed_on date NOT NULL,
    stage int(11) NOT NULL,
    scale_id varchar(100) NOT NULL,
    scale_version varchar(40) NOT NULL,
    evidence varchar(4000) NOT NULL,
    baseline tinyint(1) NOT NULL DEFAULT 0,
    corrects_id bigint(20) DEFAULT NULL,
    recorded_by bigint(20) NOT NULL,
    recorded_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (id),
    UNIQUE KEY uq_observation_corrects (corrects_id),
    KEY fk_observation_recorded_by (recorded_by),
    KEY ix_observation_service (service_id,observed_on),
    KEY ix_observation_partnership (partnership_id),
    CONSTRAINT fk_observation_corrects FOREIGN KEY (corrects_id) REFERENCES participation_observation (id),
    CONSTRAINT fk_observation_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_observation_recorded_by FOREIGN KEY (recorded_by) REFERENCES app_user (id),
    CONSTRAINT fk_observation_service FOREIGN KEY (service_id) REFERENCES tracked_service (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE observation_activity (
    observation_id bigint(20) NOT NULL,
    activity_id bigint(20) NOT NULL,
    PRIMARY KEY (observation_id,activity_id),
    CONSTRAINT fk_observation_activity FOREIGN KEY (observation_id) REFERENCES participation_observation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE security_event (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    occurred_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    event_type varchar(40) NOT NULL,
    user_id bigint(20) DEFAULT NULL,
    username varchar(100) DEFAULT NULL,
    actor_id bigint(20) DEFAULT NULL,
    partnership_id bigint(20) DEFAULT NULL,
    details varchar(1000) DEFAULT NULL,
    PRIMARY KEY (id),
    KEY ix_security_event_time (occurred_at),
    KEY ix_security_event_user (user_id),
    KEY ix_security_event_partnership (partnership_id),
    KEY ix_security_event_type (event_type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE login_failure (
    username_hash binary(32) NOT NULL,
    failures int(11) NOT NULL,
    window_start timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    locked_until timestamp(6) NULL DEFAULT NULL,
    PRIMARY KEY (username_hash),
    KEY ix_login_failure_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE former_member (
    app_user_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    removed_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (partnership_id,app_user_id),
    KEY ix_former_member_user (app_user_id),
    CONSTRAINT fk_former_member_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_former_member_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE external_identity (
    issuer varchar(500) NOT NULL,
    subject varchar(255) NOT NULL,
    app_user_id bigint(20) NOT NULL,
    linked_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (issuer,subject),
    KEY ix_external_identity_user (app_user_id),
    CONSTRAINT fk_external_identity_user FOREIGN KEY (app_user_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE statement_draft (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    plan_id bigint(20) NOT NULL,
    title varchar(200) NOT NULL,
    version int(11) NOT NULL DEFAULT 0,
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    updated_by varchar(200) DEFAULT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_statement_draft_plan (plan_id),
    KEY fk_statement_draft_partnership (partnership_id),
    CONSTRAINT fk_statement_draft_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_statement_draft_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE statement_draft_section (
    statement_draft_id bigint(20) NOT NULL,
    section_index int(11) NOT NULL,
    heading varchar(200) NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (statement_draft_id,section_index),
    CONSTRAINT fk_statement_section_draft FOREIGN KEY (statement_draft_id) REFERENCES statement_draft (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE published_statement (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    partnership_id bigint(20) NOT NULL,
    plan_id bigint(20) NOT NULL,
    number int(11) NOT NULL,
    title varchar(200) NOT NULL,
    published_on date NOT NULL,
    published_at timestamp(6) NOT NULL,
    published_by varchar(200) NOT NULL,
    content mediumtext NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_published_statement_number (plan_id,number),
    KEY ix_published_statement_partnership (partnership_id,published_at),
    CONSTRAINT fk_published_statement_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_published_statement_plan FOREIGN KEY (plan_id) REFERENCES action_plan (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partnership_page (
    partnership_id bigint(20) NOT NULL,
    coordinator_name varchar(200) DEFAULT NULL,
    coordinator_email varchar(320) DEFAULT NULL,
    coordinator_phone varchar(40) DEFAULT NULL,
    engagement_routes text DEFAULT NULL,
    plan_url varchar(500) DEFAULT NULL,
    annual_report_url varchar(500) DEFAULT NULL,
    published tinyint(1) NOT NULL DEFAULT 0,
    version int(11) NOT NULL DEFAULT 0,
    updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (partnership_id),
    CONSTRAINT fk_partnership_page_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_link (
    activity_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    token varchar(64) NOT NULL,
    open tinyint(1) NOT NULL,
    questionnaire_id varchar(100) NOT NULL,
    questionnaire_version varchar(20) NOT NULL,
    opened_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    version int(11) NOT NULL DEFAULT 0,
    PRIMARY KEY (activity_id),
    UNIQUE KEY uq_feedback_link_token (token),
    KEY fk_feedback_link_partnership (partnership_id),
    CONSTRAINT fk_feedback_link_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_link_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_response (
    id bigint(20) NOT NULL AUTO_INCREMENT,
    activity_id bigint(20) NOT NULL,
    partnership_id bigint(20) NOT NULL,
    questionnaire_id varchar(100) NOT NULL,
    questionnaire_version varchar(20) NOT NULL,
    received_on date NOT NULL,
    status varchar(20) NOT NULL,
    moderated_by bigint(20) DEFAULT NULL,
    moderated_at timestamp(6) NULL DEFAULT NULL,
    version int(11) NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY fk_feedback_response_moderator (moderated_by),
    KEY ix_feedback_response_activity (activity_id,status),
    KEY ix_feedback_response_partnership (partnership_id,status),
    CONSTRAINT fk_feedback_response_activity FOREIGN KEY (activity_id) REFERENCES engagement_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_feedback_response_moderator FOREIGN KEY (moderated_by) REFERENCES app_user (id) ON DELETE SET NULL,
    CONSTRAINT fk_feedback_response_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE feedback_answer (
    response_id bigint(20) NOT NULL,
    question_code varchar(60) NOT NULL,
    score int(11) DEFAULT NULL,
    answer_text varchar(2000) DEFAULT NULL,
    choice_code varchar(60) DEFAULT NULL,
    PRIMARY KEY (response_id,question_code),
    CONSTRAINT fk_feedback_answer_response FOREIGN KEY (response_id) REFERENCES feedback_response (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reminder_opt_out (
    app_user_id bigint(20) NOT NULL,
    opted_out_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (app_user_id),
    CONSTRAINT fk_reminder_opt_out_user FOREIGN KEY (app_user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reminder_run (
    run_key varchar(40) NOT NULL,
    ran_at timestamp(6) NOT NULL DEFAULT current_timestamp(6),
    PRIMARY KEY (run_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE job_lock (
    name varchar(64) NOT NULL,
    locked_until timestamp(3) NOT NULL,
    locked_at timestamp(3) NOT NULL,
    locked_by varchar(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
