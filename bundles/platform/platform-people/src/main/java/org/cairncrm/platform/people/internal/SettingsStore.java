package org.cairncrm.platform.people.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.settings.SettingContribution;
import org.cairncrm.platform.api.settings.SettingDefinition;
import org.cairncrm.platform.api.settings.Settings;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Settings in three layers: the module's default, the global value, the employee's own value. */
@Component(service = {Settings.class, SettingsStore.class})
public class SettingsStore implements Settings {

    /** Where the value in force comes from. */
    public enum Source { DEFAULT, GLOBAL, PERSONAL }

    /** One setting as the signed-in caller sees it. */
    public record SettingView(String key, String label, SettingDefinition.Kind kind, List<String> options, Long min,
                       Long max, boolean personalAllowed, String defaultValue, String globalValue,
                       String personalValue, String value, Source source) {
    }

    private final JpaTemplate jpa;
    private final List<SettingContribution> contributions = new CopyOnWriteArrayList<>();

    @Activate
    public SettingsStore(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                         @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void add(SettingContribution contribution) {
        contributions.add(contribution);
    }

    void remove(SettingContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public String effective(String key) {
        SettingDefinition definition = definitions().get(key);
        if (definition == null) {
            throw new IllegalArgumentException("No installed module declares the setting '" + key + "'");
        }
        Long employee = Access.current().map(i -> i.employeeId()).orElse(null);
        return view(definition, employee).value();
    }

    @Override
    public void setPersonal(String key, String value) {
        set(key, Access.signedIn().employeeId(), value);
    }

    @Override
    public void setGlobal(String key, String value) {
        set(key, null, value);
    }

    @Override
    public List<org.cairncrm.platform.api.settings.SettingState> states() {
        Map<String, SettingDefinition> definitions = definitions();
        return all(Access.signedIn().employeeId()).stream()
                .map(v -> new org.cairncrm.platform.api.settings.SettingState(definitions.get(v.key()),
                        v.globalValue(), v.personalValue(), v.value()))
                .toList();
    }

    /** Every setting as {@code employee} sees it, read in one query. */
    List<SettingView> all(long employee) {
        Map<String, String> global = new java.util.HashMap<>();
        Map<String, String> personal = new java.util.HashMap<>();
        jpa.tx(TransactionType.Supports, em -> em.createQuery(
                        "SELECT s FROM Setting s WHERE s.employeeId IS NULL OR s.employeeId = :employee", Setting.class)
                .setParameter("employee", employee).getResultList()
                .forEach(stored -> (stored.employeeId() == null ? global : personal)
                        .put(stored.key(), stored.value())));
        List<SettingView> views = new ArrayList<>();
        definitions().values().forEach(d -> views.add(view(d, global.get(d.key()),
                d.personal() ? personal.get(d.key()) : null)));
        return views;
    }

    SettingView one(String key, long employee) {
        return view(definition(key), employee);
    }

    /** Sets (value non-null) or clears (null) the global value, or an employee's own value. */
    SettingView set(String key, Long employee, String value) {
        SettingDefinition definition = definition(key);
        if (employee != null && !definition.personal()) {
            throw ValidationException.of("key", "'" + key + "' is a global setting; only administrators set it");
        }
        if (value != null) {
            String problem = definition.problem(value);
            if (problem != null) {
                throw ValidationException.of("value", problem);
            }
        }
        String stored = value == null ? null : value.strip();
        jpa.tx(TransactionType.Required, em -> {
            Optional<Setting> current = stored(em, key, employee);
            if (stored == null) {
                current.ifPresent(em::remove);
            } else if (current.isPresent()) {
                current.get().value(stored);
            } else {
                em.persist(new Setting(key, employee, stored));
            }
        });
        return one(key, employee == null ? Access.signedIn().employeeId() : employee);
    }

    private SettingView view(SettingDefinition d, Long employee) {
        return jpa.txExpr(TransactionType.Supports, em -> view(d,
                stored(em, d.key(), null).map(Setting::value).orElse(null),
                employee == null || !d.personal() ? null
                        : stored(em, d.key(), employee).map(Setting::value).orElse(null)));
    }

    /** The setting with its stored global and personal values (null: none), and which of them applies. */
    private static SettingView view(SettingDefinition d, String global, String personal) {
        String value = personal != null ? personal : global != null ? global : d.defaultValue();
        Source source = personal != null ? Source.PERSONAL : global != null ? Source.GLOBAL : Source.DEFAULT;
        boolean number = d.kind() == SettingDefinition.Kind.NUMBER;
        return new SettingView(d.key(), d.label(), d.kind(), d.options(), number ? d.min() : null,
                number ? d.max() : null, d.personal(), d.defaultValue(), global, personal, value, source);
    }

    private static Optional<Setting> stored(EntityManager em, String key, Long employee) {
        if (employee == null) {
            return em.createQuery("SELECT s FROM Setting s WHERE s.key = :key AND s.employeeId IS NULL",
                    Setting.class).setParameter("key", key).getResultList().stream().findFirst();
        }
        return em.createQuery("SELECT s FROM Setting s WHERE s.key = :key AND s.employeeId = :employee",
                        Setting.class).setParameter("key", key).setParameter("employee", employee)
                .getResultList().stream().findFirst();
    }

    private SettingDefinition definition(String key) {
        SettingDefinition definition = definitions().get(key);
        if (definition == null) {
            throw new RecordNotFoundException("No setting '" + key + "'");
        }
        return definition;
    }

    private Map<String, SettingDefinition> definitions() {
        Map<String, SettingDefinition> all = new TreeMap<>();
        contributions.forEach(c -> c.settings().forEach(d -> all.put(d.key(), d)));
        return all;
    }
}
