package org.cairncrm.platform.api.records;

/** One field a record source offers: {@code city}, "City". The key is what templates write: {@code {{city}}}. */
public record MergeField(String key, String label) {
}
