package org.cairncrm.platform.people.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.access.Permission;
import org.cairncrm.platform.api.access.RecordScope;
import org.cairncrm.platform.api.access.Scope;

/**
 * A signed-in account with the rights of every role granted to it directly or through its employee's groups.
 *
 * @param passwordStamp when the password last changed: an identity from before a change no longer stands
 */
record PeopleIdentity(String login, long accountId, long employeeId, boolean mustChangePassword,
                      Set<String> permissions, List<RoleRights> roles, Set<Long> team, Set<String> linesOfBusiness,
                      Instant passwordStamp, Instant lockedUntil) implements Identity {

    /** What one role contributes. */
    record RoleRights(String name, Set<String> permissions, Map<String, Scope> scopes, Set<String> lines) {
    }

    PeopleIdentity {
        permissions = Set.copyOf(permissions);
        roles = List.copyOf(roles);
        team = Set.copyOf(team);
        linesOfBusiness = Set.copyOf(linesOfBusiness);
    }

    @Override
    public RecordScope scope(String recordType) {
        List<RecordScope.Rule> rules = new ArrayList<>();
        for (RoleRights role : roles) {
            if (role.permissions().contains(Permission.EVERYTHING)) {
                rules.add(new RecordScope.Rule(Scope.ALL, role.lines()));
            } else if (role.permissions().contains(recordType + ".read")) {
                // a role that grants reading a type without saying how far: its holder's own records only
                rules.add(new RecordScope.Rule(role.scopes().getOrDefault(recordType, Scope.OWN), role.lines()));
            }
        }
        return new RecordScope(rules, Set.of(employeeId), team);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
