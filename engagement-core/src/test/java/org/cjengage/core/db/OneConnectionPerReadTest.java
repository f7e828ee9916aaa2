package org.cjengage.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Role;
import org.cjengage.core.security.UserRepository;
import org.cjengage.core.testsupport.AsUser;
import org.cjengage.core.testsupport.StatementCounter;
import org.cjengage.core.testsupport.TestData;
import org.cjengage.coretest.CoreTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.repository.support.Repositories;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read never holds two pooled connections at once (issue 16's load test): Spring Data JDBC reads an aggregate's
 * collections with a second query while the first query's result is still open. Outside a transaction that second
 * query takes a second connection from the pool, so with as many sign-ins or page requests as connections, every
 * connection was held by a read waiting for another one, and requests failed after the pool's 30 s timeout.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class OneConnectionPerReadTest {

    @Autowired TestData data;
    @Autowired UserRepository users;
    @Autowired AuthenticationProvider signIn;
    @Autowired ApplicationContext context;
    @Autowired AccessGuard access;

    @Test
    void givenAnAccountWithMemberships_whenItIsReadOutsideATransaction_thenOneConnectionIsHeldAtATime() {
        Partnership partnership = data.partnership();
        EngagementPrincipal user = data.user(Role.STAFF, partnership.id());

        var byName = StatementCounter.measure(() -> users.findByTypedUsername(user.username().toUpperCase()));
        var byId = StatementCounter.measure(() -> users.findById(user.userId()));
        AsUser.signIn(user);
        StatementCounter.Measured<?> check;
        try {
            check = StatementCounter.measure(access::currentUser);
        } finally {
            AsUser.signOut();
        }

        assertThat(byName.value()).get().extracting(a -> a.memberships().size()).isEqualTo(1);
        assertThat(byName.connectionsAtOnce()).as("sign-in's account lookup").isEqualTo(1);
        assertThat(byId.value()).isPresent();
        assertThat(byId.connectionsAtOnce()).as("the aggregate read by id").isEqualTo(1);
        assertThat(check.value()).isEqualTo(java.util.Optional.of(user));
        assertThat(check.connectionsAtOnce()).as("the per-request access check").isEqualTo(1);
    }

    @Test
    void givenAnAccount_whenSomebodySignsInWithItsPassword_thenTheSignInHoldsOneConnectionAtATime() {
        EngagementPrincipal user = data.user(Role.STAFF, data.partnership().id());

        var signedIn = StatementCounter.measure(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(user.username(), TestData.PASSWORD)));

        assertThat(signedIn.value()).extracting(Authentication::isAuthenticated).isEqualTo(true);
        assertThat(signedIn.connectionsAtOnce()).isEqualTo(1);
    }

    @Test
    void everyRepositoryOfAnAggregateWithCollectionsReadsInATransaction() {
        Repositories repositories = new Repositories(context);
        List<String> aggregatesWithCollections = new ArrayList<>();
        List<String> withoutTransaction = new ArrayList<>();
        for (Class<?> aggregate : repositories) {
            if (!hasMappedCollection(aggregate)) {
                continue;
            }
            aggregatesWithCollections.add(aggregate.getSimpleName());
            Class<?> repository = repositories.getRequiredRepositoryInformation(aggregate).getRepositoryInterface();
            if (!AnnotatedElementUtils.hasAnnotation(repository, Transactional.class)) {
                withoutTransaction.add(repository.getName());
            }
        }

        assertThat(aggregatesWithCollections).as("the rule is checked on the aggregates that need it")
                .contains("AppUser", "EngagementActivity", "Assessment", "TrackedService");
        assertThat(withoutTransaction).as("repositories whose reads would take a second connection").isEmpty();
    }

    private static boolean hasMappedCollection(Class<?> type) {
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.isAnnotationPresent(MappedCollection.class)) {
                    return true;
                }
            }
        }
        for (Field field : type.getDeclaredFields()) {
            if (field.isAnnotationPresent(MappedCollection.class)) {
                return true;
            }
        }
        return false;
    }
}
