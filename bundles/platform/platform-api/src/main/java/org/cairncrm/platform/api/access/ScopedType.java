package org.cairncrm.platform.api.access;

/**
 * A record type whose records carry a line of business and an owner, so that a role may limit who sees them.
 *
 * @param type  the record type, {@code itest.item}; its read key is {@code <type>.read}
 * @param label what an administrator reads when building a role
 */
public record ScopedType(String type, String label) {
}
