package org.cjengage.core.outputs;

import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
interface StatementDraftRepository extends Repository<StatementDraft, Long> {
    StatementDraft save(StatementDraft draft);

    Optional<StatementDraft> findByPlanId(Long planId);
}
