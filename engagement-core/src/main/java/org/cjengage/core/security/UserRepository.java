package org.cjengage.core.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface UserRepository extends Repository<AppUser, Long> {
    AppUser save(AppUser user);

    Optional<AppUser> findById(Long id);

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findAllByOrderByDisplayName();

    List<AppUser> findAllByEmail(String email);

    long count();
}
