-- The annual report's feedback section (issue 16) counts the accepted responses received in the reporting year for
-- the activities of the report's plans: FeedbackStore.tallyOfPlans reads the plans' activities from an index, then
-- each activity's responses. With the received date in this index those responses are found and filtered in the
-- index alone, instead of reading every response row for its date (20,000 row reads for 10,000 activities). The
-- index replaces ix_feedback_response_activity (activity_id, status), of which it is an extension: the queries by
-- activity and status and the activity's foreign key use it as they used that one.
ALTER TABLE feedback_response
    DROP INDEX ix_feedback_response_activity,
    ADD INDEX ix_feedback_response_activity_received (activity_id, status, received_on);
