package org.cjengage.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

// Reads its collections on the same connection (docs/decisions.md, "One connection per read").
@Transactional
public interface UserRepository extends Repository<AppUser, Long> {
    AppUser save(AppUser user);

    Optional<AppUser> findById(Long id);

    /** Exact match on the stored (normalised) username; use {@link #findByTypedUsername} for input. */
    Optional<AppUser> findByUsername(String username);

    /** The account whose username is the normalised form of what somebody typed ({@link Usernames}). */
    default Optional<AppUser> findByTypedUsername(String typed) {
        String normalised = Usernames.normalise(typed);
        return normalised.isEmpty() || normalised.length() > 100 ? Optional.empty() : findByUsername(normalised);
    }

    List<AppUser> findAllByOrderByDisplayName();

    List<AppUser> findAllByEmail(String email);

    long count();
}
