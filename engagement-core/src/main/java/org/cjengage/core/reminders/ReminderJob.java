package org.cjengage.core.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.PluginPaths;
import org.cjengage.core.security.EngagementPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.cjengage.core.security.EngagementUserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The weekly reminder run: one plain-text digest per person who has something to do, with links straight to
 * the pages. Runs only when mail is configured and reminders are not switched off; with several application
 * nodes, the node that records the week's run first sends, the others skip it.
 */
@Component
public class ReminderJob {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

    private final JdbcClient jdbc;
    private final ReminderDigests digests;
    private final EngagementUserDetailsService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final ReminderProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String publicUrl;
    private final PluginPaths paths;

    public ReminderJob(JdbcClient jdbc, ReminderDigests digests, EngagementUserDetailsService users,
                       ObjectProvider<JavaMailSender> mail, ReminderProperties properties, Clock clock,
                       MeterRegistry meters, @Value("${cjengage.public-url:http://localhost:8080}") String publicUrl,
                       @Value("${" + PluginPaths.PROPERTY + ":}") String routePrefix) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.users = users;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.paths = PluginPaths.of(routePrefix);
    }

    /** Whether a run would send anything at all: switched on and an SMTP server configured. */
    public boolean active() {
        return properties.enabled() && mail.getIfAvailable() != null;
    }

    /** The scheduled run: claims this week's run, then sends. */
    public void runWeekly() {
        if (active() && claimWeek()) {
            sendAll();
        }
    }

    /** Records this week's run; false when another node (or an earlier start) already did. */
    boolean claimWeek() {
        LocalDate today = LocalDate.now(clock);
        String key = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        boolean claimed = jdbc.sql("INSERT IGNORE INTO reminder_run (run_key) VALUES (?)").param(key).update() == 1;
        if (!claimed) {
            LOG.debug("Reminders for {} were already sent by another node", key);
        }
        return claimed;
    }

    /** Sends every digest now; returns how many were sent. */
    public int sendAll() {
        return send(recipients(null));
    }

    /** Sends the digests of some people now (those of them who would get one); returns how many were sent. */
    public int sendTo(java.util.Collection<String> usernames) {
        return usernames.isEmpty() ? 0 : send(recipients(usernames));
    }

    private int send(Map<String, String> recipients) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !properties.enabled()) {
            return 0;
        }
        int sent = 0;
        for (Map.Entry<String, String> recipient : recipients.entrySet()) {
            try {
                if (send(sender, recipient.getKey(), recipient.getValue())) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warn("Could not send the reminder digest to user {}: {}", recipient.getKey(), e.getMessage());
                meters.counter("reminders.failed").increment();
            }
        }
        meters.counter("reminders.sent").increment(sent);
        return sent;
    }

    private boolean send(JavaMailSender sender, String username, String email) {
        EngagementPrincipal person = (EngagementPrincipal) users.loadUserByUsername(username);
        if (!person.active()) {
            return false;
        }
        List<Reminder> reminders;
        var previous = SecurityContextHolder.getContext();
        try {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
            SecurityContextHolder.setContext(context);
            reminders = digests.forCurrentUser(person);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
        if (reminders.isEmpty()) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(email);
        message.setSubject(digests.text("reminders.subject", reminders.size()));
        message.setText(body(person, reminders));
        sender.send(message);
        return true;
    }

    String body(EngagementPrincipal person, List<Reminder> reminders) {
        StringBuilder text = new StringBuilder();
        text.append(digests.text("reminders.greeting", person.displayName())).append("\n\n")
                .append(digests.text("reminders.intro")).append("\n");
        Map<String, List<Reminder>> byPartnership = new LinkedHashMap<>();
        reminders.forEach(r -> byPartnership.computeIfAbsent(r.partnership(), k -> new java.util.ArrayList<>()).add(r));
        byPartnership.forEach((partnership, items) -> {
            text.append("\n").append(partnership).append("\n");
            items.forEach(r -> text.append("- ").append(r.text()).append("\n  ").append(link(r.path())).append("\n"));
        });
        text.append("\n").append(digests.text("reminders.footer", link("account/reminders"))).append("\n");
        return text.toString();
    }

    /** An absolute link to a plugin page, below the plugin's route prefix in a host application. */
    private String link(String path) {
        return publicUrl + paths.path(path);
    }

    /** Active people with an e-mail address, a partnership role that acts, and reminders not switched off. */
    private Map<String, String> recipients(java.util.Collection<String> only) {
        Map<String, String> result = new LinkedHashMap<>();
        var query = jdbc.sql("SELECT DISTINCT u.username, u.email FROM app_user u JOIN membership m ON m.app_user_id = u.id"
                        + " WHERE u.active AND u.email IS NOT NULL AND u.email <> '' AND m.partnership_id IS NOT NULL"
                        + " AND m.role IN ('ADMIN', 'STRATEGY_LEAD', 'STAFF')"
                        + " AND NOT EXISTS (SELECT 1 FROM reminder_opt_out o WHERE o.app_user_id = u.id)"
                        + (only == null ? "" : " AND u.username IN (:only)") + " ORDER BY u.username");
        if (only != null) {
            query = query.param("only", only);
        }
        query.query(rs -> {
                    result.put(rs.getString("username"), rs.getString("email"));
                });
        return result;
    }
}
