package org.cjengage.core.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The partnership switcher's read ({@link PartnershipQueries}) gives the same partnerships, whole and in the same order,
 * as the repository's derived queries it replaced.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class PartnershipQueriesTest {

    @Autowired TestData data;
    @Autowired PartnershipRepository repository;
    @Autowired PartnershipQueries queries;

    @Test
    void givenPartnerships_whenAllAreRead_thenTheyAreTheRepositorysByName() {
        Partnership withCoordinator = repository.save(data.partnership().withCoordinator("A Coordinator",
                "coordinator@example.org"));

        List<Partnership> all = queries.all();

        assertThat(all).isEqualTo(repository.findAllByOrderByName());
        assertThat(all).filteredOn(p -> p.id().equals(withCoordinator.id()))
                .extracting(Partnership::coordinatorName, Partnership::coordinatorEmail, Partnership::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A Coordinator", "coordinator@example.org", 1));
    }

    @Test
    void givenSomeIds_whenThoseAreRead_thenEachExistingOneIsReadWholeByName() {
        Partnership first = data.partnership();
        Partnership second = repository.save(data.partnership().withCoordinator("B Coordinator", null));

        List<Partnership> some = queries.withIds(Set.of(second.id(), first.id(), -1L));

        assertThat(some).isEqualTo(List.of(repository.findById(first.id()).orElseThrow(),
                repository.findById(second.id()).orElseThrow()).stream().sorted(Comparator.comparing(Partnership::name))
                .toList());
        assertThat(some).extracting(Partnership::id).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void givenNoIds_whenThoseAreRead_thenNoneAreReadAndTheDatabaseIsNotAsked() {
        var read = StatementCounter.measure(() -> queries.withIds(Set.of()));

        assertThat(read.value()).isEmpty();
        assertThat(read.statements()).isZero();
    }
}
