package org.cairncrm.platform.api.access;

import java.util.List;
import java.util.Set;

/**
 * What part of one record type a caller may see: the union of the rules of all their roles. A record is visible
 * when any rule admits it. Lists, searches, counts and exports filter by it; a single record outside it is
 * reported as not found.
 *
 * @param rules          one per role that grants the type
 * @param ownEmployees   the caller's own employee id ({@link Scope#OWN})
 * @param teamEmployees  the caller and everyone sharing an employee group with them ({@link Scope#TEAM})
 */
public record RecordScope(List<Rule> rules, Set<Long> ownEmployees, Set<Long> teamEmployees) {

    /**
     * @param scope how far the rule reaches
     * @param lines lines of business (codes) it covers; empty for every line
     */
    public record Rule(Scope scope, Set<String> lines) {
        public Rule {
            lines = Set.copyOf(lines);
        }

        public boolean coversLine(String line) {
            return lines.isEmpty() || lines.contains(line);
        }
    }

    public RecordScope {
        rules = List.copyOf(rules);
        ownEmployees = Set.copyOf(ownEmployees);
        teamEmployees = Set.copyOf(teamEmployees);
    }

    /** Every record of the type. */
    public static RecordScope everything() {
        return new RecordScope(List.of(new Rule(Scope.ALL, Set.of())), Set.of(), Set.of());
    }

    public static RecordScope nothing() {
        return new RecordScope(List.of(), Set.of(), Set.of());
    }

    public boolean seesNothing() {
        return rules.isEmpty();
    }

    public boolean seesEverything() {
        return rules.stream().anyMatch(r -> r.scope() == Scope.ALL && r.lines().isEmpty());
    }

    /** Whether a record owned by {@code owner} (an employee id) in line {@code line} is visible. */
    public boolean permits(Long owner, String line) {
        for (Rule rule : rules) {
            if (!rule.coversLine(line)) {
                continue;
            }
            boolean admitted = switch (rule.scope()) {
                case ALL -> true;
                case TEAM -> owner != null && teamEmployees.contains(owner);
                case OWN -> owner != null && ownEmployees.contains(owner);
            };
            if (admitted) {
                return true;
            }
        }
        return false;
    }
}
