package org.cairncrm.platform.api.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.cairncrm.platform.api.error.ForbiddenException;
import org.cairncrm.platform.api.error.NotSignedInException;
import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecordScopeTest {

    private static final long ME = 1;
    private static final long TEAMMATE = 2;
    private static final long STRANGER = 3;

    private static RecordScope scope(RecordScope.Rule... rules) {
        return new RecordScope(List.of(rules), Set.of(ME), Set.of(ME, TEAMMATE));
    }

    @AfterEach
    void signOut() {
        Access.clear();
    }

    @Test
    void ownSeesOnlyTheCallersRecords() {
        RecordScope own = scope(new RecordScope.Rule(Scope.OWN, Set.of()));
        assertTrue(own.permits(ME, "retail"));
        assertFalse(own.permits(TEAMMATE, "retail"));
        assertFalse(own.permits(null, "retail"));
    }

    @Test
    void teamSeesRecordsOfEveryoneSharingAGroup() {
        RecordScope team = scope(new RecordScope.Rule(Scope.TEAM, Set.of()));
        assertTrue(team.permits(ME, "retail"));
        assertTrue(team.permits(TEAMMATE, "wholesale"));
        assertFalse(team.permits(STRANGER, "retail"));
    }

    @Test
    void linesLimitEveryScopeAndRulesAddUp() {
        RecordScope mixed = scope(new RecordScope.Rule(Scope.ALL, Set.of("retail")),
                new RecordScope.Rule(Scope.OWN, Set.of()));
        assertTrue(mixed.permits(STRANGER, "retail"));
        assertFalse(mixed.permits(STRANGER, "wholesale"));
        assertTrue(mixed.permits(ME, "wholesale"));
        assertFalse(mixed.seesEverything());
        assertTrue(scope(new RecordScope.Rule(Scope.ALL, Set.of())).seesEverything());
    }

    @Test
    void noRuleSeesNothing() {
        assertTrue(RecordScope.nothing().seesNothing());
        assertFalse(RecordScope.nothing().permits(ME, "retail"));
    }

    @Test
    void theCheckAsksForASignInThenForThePermission() {
        assertThrows(NotSignedInException.class, () -> Access.require("contacts.company.read"));
        Access.set(identity(Set.of("contacts.company.read")));
        assertEquals("clara", Access.require("contacts.company.read").login());
        assertEquals("clara", Access.require("contacts.company.delete", "contacts.company.read").login());
        ForbiddenException refused = assertThrows(ForbiddenException.class,
                () -> Access.require("contacts.company.delete"));
        assertTrue(refused.getMessage().contains("contacts.company.delete"));
        assertEquals("clara", org.cairncrm.platform.api.Caller.currentLogin());
    }

    @Test
    void everythingKeyGrantsAnyPermission() {
        Access.set(identity(Set.of(Permission.EVERYTHING)));
        assertTrue(Access.has("reports.report.run"));
    }

    @Test
    void placementNeedsAnExistingLineTheScopeCovers() {
        Identity clara = identity(Set.of());
        clara.requirePlacement("itest.item", "retail", ME);
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> clara.requirePlacement("itest.item", "nowhere", ME));
        assertEquals("lineOfBusiness", unknown.fieldErrors().get(0).field());
        assertThrows(ValidationException.class, () -> clara.requirePlacement("itest.item", "wholesale", ME));
    }

    private static Identity identity(Set<String> permissions) {
        return new Identity() {
            @Override
            public String login() {
                return "clara";
            }

            @Override
            public long employeeId() {
                return ME;
            }

            @Override
            public boolean mustChangePassword() {
                return false;
            }

            @Override
            public Set<String> permissions() {
                return permissions;
            }

            @Override
            public RecordScope scope(String recordType) {
                return new RecordScope(List.of(new RecordScope.Rule(Scope.OWN, Set.of("retail"))), Set.of(ME),
                        Set.of(ME));
            }

            @Override
            public Set<String> linesOfBusiness() {
                return Set.of("retail", "wholesale");
            }
        };
    }
}
