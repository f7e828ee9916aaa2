package org.cjengage.core.outputs;

import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

import org.cjengage.core.common.ConcurrentEditException;
import org.cjengage.core.common.NotFoundException;
import org.cjengage.core.disclosure.Audience;
import org.cjengage.core.disclosure.DisclosurePolicy;
import org.cjengage.core.disclosure.Figure;
import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.plan.ActivityLookup;
import org.cjengage.core.plan.EngagementActivity;
import org.cjengage.core.security.AccessGuard;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Basic partnership information. Members read it, STRATEGY_LEAD or ADMIN edit it; the public methods
 * ({@link #publicPage}, {@link #publicStatement}) need no sign-in and return nothing unless the partnership
 * has published its page. The public page is beyond the partnership: its figures are disclosed as
 * {@link Audience#BEYOND} (docs/disclosure.md).
 */
@Service
@Transactional
public class PartnershipPageService {

    private final PartnershipPageRepository pages;
    private final PartnershipLookup partnerships;
    private final PublishedStatementRepository statements;
    private final PublishedAnnualReportRepository reports;
    private final AccessGuard access;
    private final ActivityLookup activities;
    private final DisclosurePolicy disclosure;
    private final MeterRegistry meters;

    public PartnershipPageService(PartnershipPageRepository pages, PartnershipLookup partnerships,
                                  PublishedStatementRepository statements, PublishedAnnualReportRepository reports,
                                  AccessGuard access, ActivityLookup activities, DisclosurePolicy disclosure,
                                  MeterRegistry meters) {
        this.reports = reports;
        this.pages = pages;
        this.partnerships = partnerships;
        this.statements = statements;
        this.access = access;
        this.activities = activities;
        this.disclosure = disclosure;
        this.meters = meters;
    }

    /** The page, or (version null) an unsaved one pre-filled with the partnership's coordinator. */
    @Transactional(readOnly = true)
    public PartnershipPage page(long partnershipId) {
        access.requireMember(partnershipId);
        Partnership partnership = partnership(partnershipId);
        return pages.findById(partnershipId).orElseGet(() -> PartnershipPage.empty(partnershipId,
                partnership.coordinatorName(), partnership.coordinatorEmail()));
    }

    public PartnershipPage save(long partnershipId, Integer expectedVersion, PartnershipPage.Content content) {
        access.requireRole(partnershipId, AccessGuard.PLAN_EDITORS);
        content.validate();
        PartnershipPage current = pages.findById(partnershipId).orElse(null);
        Integer actual = current == null ? null : current.version();
        if (!java.util.Objects.equals(actual, expectedVersion)) {
            throw new ConcurrentEditException("infopage");
        }
        PartnershipPage base = current != null ? current : PartnershipPage.empty(partnershipId, null, null);
        try {
            PartnershipPage saved = pages.save(base.revise(content, expectedVersion));
            if (content.published() && (current == null || !current.published())) {
                meters.counter("outputs.published", "type", "partnership-page").increment();
            }
            return saved;
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentEditException("infopage");
        }
    }

    /**
     * What anyone may see at /p/{code}: empty unless the page exists and is published. With a published
     * participation statement, the page gives today's figures of the plan that statement is about.
     */
    @Transactional(readOnly = true)
    public Optional<PublicPage> publicPage(String partnershipCode) {
        return publishedPartnership(partnershipCode).map(p -> {
            Optional<PublishedStatement> statement =
                    statements.findFirstByPartnershipIdOrderByPublishedAtDesc(p.partnership().id());
            PublicFigures figures = statement.map(s -> figures(
                    activities.activitiesOf(s.planId())))
                    .orElse(null);
            return new PublicPage(p.partnership().code(), p.partnership().name(), p.page(),
                    statement.map(PublishedStatement::publishedOn).orElse(null), figures,
                    reports.findFirstByPartnershipIdOrderByStartYearDescPublishedAtDesc(p.partnership().id())
                            .map(PublishedAnnualReport::startYear).orElse(null));
        });
    }

    /** The latest published annual report, only while the partnership's page is published. */
    @Transactional(readOnly = true)
    public Optional<OutputDocument> publicAnnualReport(String partnershipCode) {
        return publishedPartnership(partnershipCode)
                .flatMap(p -> reports.findFirstByPartnershipIdOrderByStartYearDescPublishedAtDesc(p.partnership().id()))
                .map(r -> DocumentJson.read(r.content()));
    }

    private PublicFigures figures(java.util.List<EngagementActivity> planActivities) {
        long people = planActivities.stream().mapToLong(AnnualReportBuilder::participants).sum();
        return new PublicFigures(disclosure.count(planActivities.size()), disclosure.people(people, Audience.BEYOND),
                disclosure.threshold());
    }

    /** The latest published participation statement, only while the partnership's page is published. */
    @Transactional(readOnly = true)
    public Optional<OutputDocument> publicStatement(String partnershipCode) {
        return publishedPartnership(partnershipCode)
                .flatMap(p -> statements.findFirstByPartnershipIdOrderByPublishedAtDesc(p.partnership().id()))
                .map(s -> DocumentJson.read(s.content()));
    }

    private Optional<Published> publishedPartnership(String code) {
        if (code == null || code.isBlank() || code.length() > 40) {
            return Optional.empty();
        }
        return partnerships.findByCode(code)
                .flatMap(p -> pages.findById(p.id()).filter(PartnershipPage::published).map(pg -> new Published(p, pg)));
    }

    private Partnership partnership(long id) {
        return partnerships.findById(id).orElseThrow(() -> new NotFoundException("partnership", id));
    }

    private record Published(Partnership partnership, PartnershipPage page) {
    }

    /**
     * @param statementPublishedOn date of the latest published participation statement, or null if none
     * @param figures              today's figures of the plan that statement is about, or null if none
     * @param annualReportYear     first calendar year of the latest published annual report, or null if none
     */
    public record PublicPage(String code, String name, PartnershipPage page, java.time.LocalDate statementPublishedOn,
                             PublicFigures figures, Integer annualReportYear) {
    }

    /**
     * @param activities engagement activities in the plan (exact)
     * @param people     people who took part in them, as recorded (a count of people: suppressed when small)
     * @param threshold  the disclosure threshold, for "&lt;threshold"
     */
    public record PublicFigures(Figure activities, Figure people, int threshold) {
    }
}
