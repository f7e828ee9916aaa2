package org.cjengage.core.outputs;

import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Insert and read only: published reports are never changed or deleted. */
interface PublishedAnnualReportRepository extends Repository<PublishedAnnualReport, Long> {
    PublishedAnnualReport save(PublishedAnnualReport report);

    /** The newest publication of the latest reporting year. */
    Optional<PublishedAnnualReport> findFirstByPartnershipIdOrderByStartYearDescPublishedAtDesc(Long partnershipId);

    Optional<PublishedAnnualReport> findFirstByPartnershipIdAndStartYearOrderByPublishedAtDesc(Long partnershipId,
            int startYear);
}
