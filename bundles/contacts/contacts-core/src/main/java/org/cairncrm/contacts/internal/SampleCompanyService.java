package org.cairncrm.contacts.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.cairncrm.contacts.Address;
import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.SampleCompanies;
import org.cairncrm.platform.api.csv.Csv;
import org.osgi.service.component.annotations.Component;

/** {@link SampleCompanies} from the generator the demo data uses. */
@Component(service = SampleCompanies.class)
public class SampleCompanyService implements SampleCompanies {

    @Override
    public List<CompanyData> companies(long seed, int from, int count) {
        if (from < 1 || count < 0) {
            throw new IllegalArgumentException("from must be at least 1 and count not negative");
        }
        CompanyGenerator generator = new CompanyGenerator(seed);
        List<CompanyData> companies = new ArrayList<>(count);
        for (int n = 1; n < from + count; n++) {
            CompanyData company = generator.company(n);
            if (n >= from) {
                companies.add(company);
            }
        }
        return companies;
    }

    @Override
    public byte[] csv(long seed, int from, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Csv.line(List.of("name", "shortCode", "taxId", "status", "category", "industry", "street",
                "postalCode", "city", "area", "region", "country", "phones", "emails", "website"))
                .getBytes(StandardCharsets.UTF_8));
        CompanyGenerator generator = new CompanyGenerator(seed);
        for (int n = 1; n < from + count; n++) {
            CompanyData c = generator.company(n);
            if (n < from) {
                continue;
            }
            Address a = c.registeredAddress();
            out.writeBytes(Csv.line(List.of(c.name(), c.shortCode(), c.taxId(), c.status(), c.category(),
                    c.industry(), a.street(), a.postalCode(), a.city(), a.area(), a.region(), a.country(),
                    String.join("; ", c.phones()), String.join("; ", c.emails()), c.website()))
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
