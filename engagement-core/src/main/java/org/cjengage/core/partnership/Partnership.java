package org.cjengage.core.partnership;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A Community Justice Partnership: one per local authority area, some joint with Community Safety. */
@Table("partnership")
public record Partnership(@Id Long id, String code, String name, String area, String coordinatorName,
                          String coordinatorEmail, @Version Integer version, Instant createdAt) {

    public static Partnership create(String code, String name, String area) {
        return new Partnership(null, code, name, area, null, null, null, Instant.now());
    }

    public Partnership withCoordinator(String coordinatorName, String coordinatorEmail) {
        return new Partnership(id, code, name, area, coordinatorName, coordinatorEmail, version, createdAt);
    }
}
