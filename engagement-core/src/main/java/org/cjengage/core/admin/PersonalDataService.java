package org.cjengage.core.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.cjengage.core.partnership.Partnership;
import org.cjengage.core.partnership.PartnershipLookup;
import org.cjengage.core.security.AccessGuard;
import org.cjengage.core.security.AppUser;
import org.cjengage.core.security.EngagementPrincipal;
import org.cjengage.core.security.Membership;
import org.cjengage.core.security.SecurityEvent;
import org.cjengage.core.security.SecurityEventFilter;
import org.cjengage.core.security.SecurityEventType;
import org.cjengage.core.security.SecurityEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subject access: everything CJ Engage holds about one person as JSON (profile, memberships, security events
 * about or by them, and sections contributed by features through {@link PersonalDataContributor}). Only an
 * admin who manages the whole account may export it; each export is itself logged.
 */
@Service
@Transactional
public class PersonalDataService {

    private final UserAdminService admin;
    private final AccessGuard access;
    private final PartnershipLookup partnerships;
    private final SecurityEvents events;
    private final List<PersonalDataContributor> contributors;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public PersonalDataService(UserAdminService admin, AccessGuard access, PartnershipLookup partnerships,
                               SecurityEvents events, List<PersonalDataContributor> contributors) {
        this.admin = admin;
        this.access = access;
        this.partnerships = partnerships;
        this.events = events;
        this.contributors = List.copyOf(contributors);
    }

    /** The export as UTF-8 JSON; logs a PERSONAL_DATA_EXPORT event. */
    public byte[] export(long userId) {
        EngagementPrincipal caller = access.requireUser();
        AppUser user = admin.requireWholeAccount(userId);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("exportedAt", java.time.Instant.now().toString());
        root.put("exportedBy", caller.username());
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", user.id());
        profile.put("username", user.username());
        profile.put("displayName", user.displayName());
        profile.put("email", user.email());
        profile.put("active", user.active());
        profile.put("createdAt", String.valueOf(user.createdAt()));
        profile.put("personalDataRemovedAt", user.personalDataRemovedAt() == null ? null
                : user.personalDataRemovedAt().toString());
        root.put("profile", profile);
        List<Map<String, Object>> memberships = new ArrayList<>();
        for (Membership m : user.memberships()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("partnershipId", m.partnershipId());
            entry.put("partnership", m.partnershipId() == null ? "national"
                    : partnerships.findById(m.partnershipId()).map(Partnership::name).orElse(null));
            entry.put("role", m.role().name());
            memberships.add(entry);
        }
        root.put("memberships", memberships);
        List<Map<String, Object>> securityEvents = new ArrayList<>();
        for (SecurityEvent e : events.search(SecurityEventFilter.aboutUser(userId), 0, 1000)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("time", e.occurredAt().toString());
            entry.put("type", e.type().name());
            entry.put("username", e.username());
            entry.put("userId", e.userId());
            entry.put("actorId", e.actorId());
            entry.put("partnershipId", e.partnershipId());
            entry.put("details", e.details());
            securityEvents.add(entry);
        }
        root.put("securityEvents", securityEvents);
        for (PersonalDataContributor c : contributors) {
            root.put(c.section(), c.collect(userId));
        }
        events.record(SecurityEventType.PERSONAL_DATA_EXPORT, user.id(), user.username(), caller.userId(),
                null, "personal data export");
        return json.writeValueAsBytes(root);
    }
}
