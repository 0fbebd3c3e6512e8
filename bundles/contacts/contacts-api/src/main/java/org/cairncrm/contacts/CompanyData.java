package org.cairncrm.contacts;

import java.util.List;

import org.cairncrm.platform.api.AuditStamp;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A company card. On create {@code id}, {@code version}, {@code ownerId} (the creator) and {@code audit} are
 * ignored; on update {@code version} must be the version read. {@code industry}, {@code status}, {@code category}
 * and the addresses' {@code area} are codes of the contacts dictionaries.
 */
@Schema(name = "Company")
public record CompanyData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200) String name,
        @Schema(description = "short code, unique among companies: ANVIL", maxLength = 20) String shortCode,
        @Schema(description = "code of the INDUSTRY dictionary") String industry,
        @Schema(description = "code of the STATUS dictionary; default 'prospect'") String status,
        @Schema(description = "code of the CATEGORY dictionary (how profitable the relationship is)")
        String category,
        @Schema(description = "code of the company's line of business; default 'general'") String lineOfBusiness,
        @Schema(description = "tax identification number (NIP, VAT id)", maxLength = 30) String taxId,
        Address registeredAddress,
        Address correspondenceAddress,
        @Schema(description = "phone numbers, the main one first") List<String> phones,
        @Schema(description = "e-mail addresses, the main one first") List<String> emails,
        @Schema(maxLength = 200) String website,
        @Schema(maxLength = 4000) String notes,
        @Schema(description = "employee who looks after the company; default: its creator") Long ownerId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "when its deletion was approved: it is "
                + "hidden from lists and may be restored") java.time.Instant archivedAt) {

    /** A company that is not archived (as clients send them). */
    public CompanyData(Long id, Long version, String name, String shortCode, String industry, String status,
                       String category, String lineOfBusiness, String taxId, Address registeredAddress,
                       Address correspondenceAddress, List<String> phones, List<String> emails, String website,
                       String notes, Long ownerId, AuditStamp audit) {
        this(id, version, name, shortCode, industry, status, category, lineOfBusiness, taxId, registeredAddress,
                correspondenceAddress, phones, emails, website, notes, ownerId, audit, null);
    }

    public CompanyData {
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
        registeredAddress = registeredAddress == null ? Address.EMPTY : registeredAddress;
        correspondenceAddress = correspondenceAddress == null ? Address.EMPTY : correspondenceAddress;
    }

    /** A new company with a name only, for building on. */
    public static CompanyData named(String name) {
        return new CompanyData(null, null, name, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }
}
