package org.cjengage.core.outputs;

import java.time.Instant;

import org.cjengage.core.common.Checks;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Basic partnership information: coordinator contact, how to get involved, links to the plan and annual
 * report. Shown to the public at {@code /p/{code}} only while {@link #published()} is true.
 * The id is the partnership id; a null version marks a page not yet saved.
 */
@Table("partnership_page")
public record PartnershipPage(@Id Long partnershipId, String coordinatorName, String coordinatorEmail,
                              String coordinatorPhone, String engagementRoutes, String planUrl,
                              String annualReportUrl, boolean published, @Version Integer version,
                              Instant updatedAt) {

    public static PartnershipPage empty(long partnershipId, String coordinatorName, String coordinatorEmail) {
        return new PartnershipPage(partnershipId, coordinatorName, coordinatorEmail, null, null, null, null, false,
                null, null);
    }

    public PartnershipPage revise(Content c, Integer expectedVersion) {
        return new PartnershipPage(partnershipId, trim(c.coordinatorName()), trim(c.coordinatorEmail()),
                trim(c.coordinatorPhone()), trim(c.engagementRoutes()), trim(c.planUrl()), trim(c.annualReportUrl()),
                c.published(), expectedVersion, Instant.now());
    }

    public Content content() {
        return new Content(coordinatorName, coordinatorEmail, coordinatorPhone, engagementRoutes, planUrl,
                annualReportUrl, published);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** What a lead edits. */
    public record Content(String coordinatorName, String coordinatorEmail, String coordinatorPhone,
                          String engagementRoutes, String planUrl, String annualReportUrl, boolean published) {

        private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
        private static final String PHONE = "^[0-9+() -]{6,40}$";
        private static final String URL = "^https?://[^\\s<>\"]+$";

        public Content validate() {
            Checks checks = new Checks().text("coordinatorName", coordinatorName, 200)
                    .text("coordinatorEmail", coordinatorEmail, 320)
                    .text("coordinatorPhone", coordinatorPhone, 40)
                    .text("engagementRoutes", engagementRoutes, 5000)
                    .text("planUrl", planUrl, 500)
                    .text("annualReportUrl", annualReportUrl, 500);
            matches(checks, "coordinatorEmail", coordinatorEmail, EMAIL, "validation.outputs.email");
            matches(checks, "coordinatorPhone", coordinatorPhone, PHONE, "validation.outputs.phone");
            matches(checks, "planUrl", planUrl, URL, "validation.outputs.url");
            matches(checks, "annualReportUrl", annualReportUrl, URL, "validation.outputs.url");
            if (published) {
                checks.required("coordinatorName", coordinatorName)
                        .that(!blank(coordinatorEmail) || !blank(coordinatorPhone), "coordinatorEmail",
                                "validation.outputs.contactNeeded");
            }
            checks.throwIfAny();
            return this;
        }

        private static void matches(Checks checks, String field, String value, String regex, String key) {
            if (!blank(value)) {
                checks.that(value.strip().matches(regex), field, key);
            }
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
