package org.cjengage.core.reminders;

import org.cjengage.core.security.AccessGuard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person switches their own weekly reminders on or off (on by default). */
@Service
@Transactional
public class ReminderSettings {

    private final JdbcClient jdbc;
    private final AccessGuard access;

    public ReminderSettings(JdbcClient jdbc, AccessGuard access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public boolean enabled() {
        long userId = access.requireUser().userId();
        return jdbc.sql("SELECT COUNT(*) FROM reminder_opt_out WHERE app_user_id = ?").param(userId)
                .query(Long.class).single() == 0;
    }

    public void setEnabled(boolean enabled) {
        long userId = access.requireUser().userId();
        if (enabled) {
            jdbc.sql("DELETE FROM reminder_opt_out WHERE app_user_id = ?").param(userId).update();
        } else {
            jdbc.sql("INSERT IGNORE INTO reminder_opt_out (app_user_id) VALUES (?)").param(userId).update();
        }
    }
}
