package org.cjengage.core.outputs;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StatementDraftRepository extends Repository<StatementDraft, Long> {
    StatementDraft save(StatementDraft draft);

    Optional<StatementDraft> findByPlanId(Long planId);
}
