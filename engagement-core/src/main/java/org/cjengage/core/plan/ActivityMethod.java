package org.cjengage.core.plan;

import org.springframework.data.relational.core.mapping.Table;

/** An engagement method (code from the methods vocabulary) an activity uses. */
@Table("activity_method")
public record ActivityMethod(String methodCode) {
}
