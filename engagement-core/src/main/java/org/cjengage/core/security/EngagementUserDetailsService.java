package org.cjengage.core.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
public class EngagementUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    public EngagementUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(EngagementPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
