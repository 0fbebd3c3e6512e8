package org.cairncrm.contacts.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.platform.api.paging.SearchText;
import org.cairncrm.platform.persistence.HistoryIgnored;
import org.cairncrm.platform.persistence.RecordType;
import org.cairncrm.platform.persistence.ScopedEntity;

/** A company card; its two addresses are columns of its own row, so that lists and searches need no join. */
@Entity
@javax.persistence.EntityListeners(CompanyIndexListener.class)
@Table(name = "contacts_company")
@RecordType(value = "contacts.company", path = "companies")
public class Company extends ScopedEntity {

    @Column(name = "name", nullable = false, length = 200)
    private String name;
    @Column(name = "short_code", length = 20)
    private String shortCode;
    @Column(name = "industry", length = 40)
    private String industry;
    @Column(name = "status", nullable = false, length = 40)
    private String status;
    @Column(name = "category", length = 40)
    private String category;
    @Column(name = "tax_id", length = 30)
    private String taxId;

    @Column(name = "reg_street", length = 200)
    private String regStreet;
    @Column(name = "reg_postal_code", length = 20)
    private String regPostalCode;
    @Column(name = "reg_city", length = 100)
    private String regCity;
    @Column(name = "reg_area", length = 40)
    private String regArea;
    @Column(name = "reg_region", length = 100)
    private String regRegion;
    @Column(name = "reg_country", length = 2)
    private String regCountry;

    @Column(name = "cor_street", length = 200)
    private String corStreet;
    @Column(name = "cor_postal_code", length = 20)
    private String corPostalCode;
    @Column(name = "cor_city", length = 100)
    private String corCity;
    @Column(name = "cor_area", length = 40)
    private String corArea;
    @Column(name = "cor_region", length = 100)
    private String corRegion;
    @Column(name = "cor_country", length = 2)
    private String corCountry;

    @Column(name = "phones", length = 1000)
    private String phones;
    @Column(name = "emails", length = 1000)
    private String emails;
    @Column(name = "website", length = 200)
    private String website;
    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "archived_at")
    private java.time.Instant archivedAt;
    @Column(name = "archived_by", length = 100)
    private String archivedBy;

    /** The words the quick search looks in ({@link #wordText()}). */
    @HistoryIgnored
    @Column(name = "search_text", nullable = false, length = 4000)
    private String searchText;

    void apply(CompanyData data) {
        name = data.name().strip();
        shortCode = blankToNull(data.shortCode());
        industry = blankToNull(data.industry());
        status = blankToNull(data.status()) == null ? CompanyStore.DEFAULT_STATUS : data.status().strip();
        category = blankToNull(data.category());
        taxId = blankToNull(data.taxId());
        Address reg = data.registeredAddress();
        regStreet = blankToNull(reg.street());
        regPostalCode = blankToNull(reg.postalCode());
        regCity = blankToNull(reg.city());
        regArea = blankToNull(reg.area());
        regRegion = blankToNull(reg.region());
        regCountry = upper(reg.country());
        Address cor = data.correspondenceAddress();
        corStreet = blankToNull(cor.street());
        corPostalCode = blankToNull(cor.postalCode());
        corCity = blankToNull(cor.city());
        corArea = blankToNull(cor.area());
        corRegion = blankToNull(cor.region());
        corCountry = upper(cor.country());
        phones = Lines.join(data.phones());
        emails = Lines.join(data.emails());
        website = blankToNull(data.website());
        notes = blankToNull(data.notes());
        searchText = wordText();
    }

    /** The words of name, code, cities, areas, phones (also as bare digits), e-mails and tax id, for the search. */
    String wordText() {
        String words = SearchText.wordText(name, shortCode, regCity, corCity, regArea, corArea, phones,
                phoneDigits(phones), emails, taxId, digits(taxId));
        return words.length() > 4000 ? words.substring(0, words.lastIndexOf(' ', 3999) + 1) : words;
    }

    /** Hides the record from lists after an approved deletion; {@code null} brings it back. */
    void archive(java.time.Instant at, String by) {
        archivedAt = at;
        archivedBy = by;
    }

    boolean archived() {
        return archivedAt != null;
    }

    void place(long owner, String line) {
        assign(owner, line);
    }

    String name() {
        return name;
    }

    CompanyData toData() {
        return new CompanyData(getId(), getVersion(), name, shortCode, industry, status, category, lineOfBusiness(),
                taxId, new Address(regStreet, regPostalCode, regCity, regArea, regRegion, regCountry),
                new Address(corStreet, corPostalCode, corCity, corArea, corRegion, corCountry), Lines.split(phones),
                Lines.split(emails), website, notes, ownerId(), auditStamp(), archivedAt);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String upper(String text) {
        String kept = blankToNull(text);
        return kept == null ? null : kept.toUpperCase(java.util.Locale.ROOT);
    }

    /** "+48 (22) 123-45-67" as "48221234567", so that a search for the digits finds it however it was typed. */
    /**
     * Each phone's digits as one word, and for an international number ("+48 ...", "0048 ...") also without its
     * country code (one to three digits), so that "426331122" finds "+48 (42) 633-11-22".
     */
    static String phoneDigits(String phones) {
        if (phones == null) {
            return null;
        }
        StringBuilder words = new StringBuilder();
        for (String phone : phones.split("\n")) {
            String digits = phone.replaceAll("[^0-9]", "");
            if (digits.isEmpty()) {
                continue;
            }
            words.append(digits).append(' ');
            String trimmed = phone.strip();
            boolean international = trimmed.startsWith("+") || trimmed.startsWith("00");
            String national = trimmed.startsWith("00") ? digits.substring(2) : digits;
            if (trimmed.startsWith("00")) {
                words.append(national).append(' ');
            }
            for (int code = 1; international && code <= 3 && national.length() - code >= 6; code++) {
                words.append(national, code, national.length()).append(' ');
            }
        }
        return words.toString();
    }

    static String digits(String text) {
        return text == null ? null : text.replaceAll("[^0-9\\n]", "");
    }
}
