package org.cjengage.core.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cjengage.core.feedback.FeedbackService;
import org.cjengage.core.i18n.MessageBundles;
import org.cjengage.core.outputs.AnnualReportService;
import org.cjengage.core.participation.DistanceTravelledService;
import org.cjengage.core.partnership.PartnershipService;
import org.cjengage.core.plan.ActionPlan;
import org.cjengage.core.plan.ActivityQuery;
import org.cjengage.core.plan.PlanService;
import org.cjengage.core.scoring.AssessmentOverviewRow;
import org.cjengage.core.scoring.AssessmentService;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.Role;
import org.springframework.stereotype.Component;

/**
 * What needs one person's attention this week. Built by asking the services as that person (the caller runs
 * it with the person signed in), so a digest holds exactly what the person may see, by the same rules as the
 * screens: the plan grid's "overdue", the participation review rule, assessments waiting, feedback waiting,
 * and the annual report's publication date (31 December for the year to 31 March).
 */
@Component
public class ReminderDigests {

    private static final Set<Role> LEADS = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD);
    private static final Set<Role> RECIPIENT_ROLES = EnumSet.of(Role.ADMIN, Role.STRATEGY_LEAD, Role.STAFF);
    private static final MonthDay PUBLICATION_DEADLINE = MonthDay.of(12, 31);

    private final PlanService plans;
    private final AssessmentService assessments;
    private final DistanceTravelledService participation;
    private final FeedbackService feedback;
    private final PartnershipService partnerships;
    private final Clock clock;
    private final ReminderProperties properties;
    private final MessageBundles messages;

    public ReminderDigests(PlanService plans, AssessmentService assessments, DistanceTravelledService participation,
                           FeedbackService feedback, PartnershipService partnerships, Clock clock,
                           ReminderProperties properties) {
        this.plans = plans;
        this.assessments = assessments;
        this.participation = participation;
        this.feedback = feedback;
        this.partnerships = partnerships;
        this.clock = clock;
        this.properties = properties;
        this.messages = MessageBundles.of(List.of("i18n/reminders"));
    }

    /** The reminders of the signed-in person, partnership by partnership. */
    public List<Reminder> forCurrentUser(EngagementPrincipal user) {
        List<Reminder> reminders = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        for (Membership m : user.memberships()) {
            if (m.isNational() || !RECIPIENT_ROLES.contains(m.role())) {
                continue;
            }
            long partnershipId = m.partnershipId();
            String name = partnerships.get(partnershipId).name();
            boolean lead = LEADS.contains(m.role());
            plans.currentPlan(partnershipId).ifPresent(plan -> overdue(reminders, name, plan));
            long dueServices = participation.services(partnershipId).stream().filter(s -> s.journey().reviewDue()).count();
            if (dueServices > 0) {
                reminders.add(new Reminder(name, text("reminders.serviceReview", dueServices), "distance-travelled"));
            }
            if (lead) {
                long waiting = assessments.overview(partnershipId).stream().mapToLong(AssessmentOverviewRow::submitted).sum();
                if (waiting > 0) {
                    reminders.add(new Reminder(name, text("reminders.approval", waiting), "assessments"));
                }
                feedback.pendingByActivity(partnershipId).forEach(p -> reminders.add(new Reminder(name,
                        text("reminders.feedback", p.pending(), p.description()), "activities/" + p.activityId() + "/feedback")));
                annualReport(reminders, name, today);
            }
        }
        return reminders;
    }

    private void overdue(List<Reminder> reminders, String partnership, ActionPlan plan) {
        ActivityQuery overdue = new ActivityQuery(null, null, null, null, null, true, null, List.of());
        long count = plans.countActivities(plan.id(), overdue);
        if (count > 0) {
            reminders.add(new Reminder(partnership, text("reminders.overdue", count, plan.title()),
                    "plans?plan=" + plan.id() + "&overdue=true"));
        }
    }

    private void annualReport(List<Reminder> reminders, String partnership, LocalDate today) {
        LocalDate deadline = PUBLICATION_DEADLINE.atYear(today.getYear());
        long days = ChronoUnit.DAYS.between(today, deadline);
        if (days >= 0 && days <= properties.annualReportLeadDays()) {
            int from = AnnualReportService.reportingYearOf(deadline) - 1;
            reminders.add(new Reminder(partnership, text("reminders.annualReport", from, from + 1, days),
                    "annual-report?year=" + from));
        }
    }

    /** A text of the digest (subject, greeting, sentences) in English. */
    String text(String key, Object... args) {
        return messages.text(key, MessageBundles.ENGLISH, args);
    }
}
