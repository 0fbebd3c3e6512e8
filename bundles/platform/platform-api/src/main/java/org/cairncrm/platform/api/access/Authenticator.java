package org.cairncrm.platform.api.access;

import java.util.Optional;

/** Signs callers in; provided by the people module and used by the REST layer and the console. */
public interface Authenticator {

    /** Checks a login and password against the JAAS realm {@code cairn}; empty when refused. */
    Optional<Identity> password(String login, char[] password);

    /** Checks a personal API token; empty when unknown, revoked, expired or its account is locked. */
    Optional<Identity> token(String token);

    /**
     * The identity of the same sign-in as it stands now, with the roles in force now; empty once the account's
     * password changed or the account was locked or deleted. A console session calls it on every request and signs
     * the user out when it is empty.
     */
    Optional<Identity> refresh(Identity identity);
}
