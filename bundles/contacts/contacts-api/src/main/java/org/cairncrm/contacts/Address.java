package org.cairncrm.contacts;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A postal address. {@code area} is a code of the AREA dictionary (the sales area it belongs to); {@code region} is
 * free text (a province, a state).
 */
@Schema(name = "Address")
public record Address(
        @Schema(maxLength = 200) String street,
        @Schema(maxLength = 20) String postalCode,
        @Schema(maxLength = 100) String city,
        @Schema(description = "code of the AREA dictionary") String area,
        @Schema(maxLength = 100) String region,
        @Schema(description = "ISO 3166 alpha-2 code: PL, DE, GB", maxLength = 2) String country) {

    /** An address with nothing in it. */
    public static final Address EMPTY = new Address(null, null, null, null, null, null);

    public boolean blank() {
        return equals(EMPTY);
    }
}
