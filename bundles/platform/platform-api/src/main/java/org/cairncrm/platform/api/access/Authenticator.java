package org.cairncrm.platform.api.access;

import java.util.Optional;

/** Signs callers in; provided by the people module and used by the REST layer and the console. */
public interface Authenticator {

    /** Checks a login and password against the JAAS realm {@code cairn}; empty when refused. */
    Optional<Identity> password(String login, char[] password);

    /** Checks a personal API token; empty when unknown, revoked, expired or its account is locked. */
    Optional<Identity> token(String token);

    /**
     * Whether {@code identity} still stands: false once its account's password changed, it was locked, or its
     * roles changed. A console session checks this on each request and signs the user out when false.
     */
    boolean isCurrent(Identity identity);
}
