package org.cairncrm.platform.people.internal;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.platform.api.CairnModule;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.rest.RequiresSignIn;
import org.cairncrm.platform.api.rest.RestResource;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Personal API tokens of the signed-in caller, sent as {@code Authorization: Bearer <token>}. The token is shown
 * once, when it is made; only its SHA-256 is stored. A token acts with its account's current rights and stops
 * working when it is revoked, when it expires, or while its account is locked.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
@Component(service = RestResource.class, property = CairnModule.MODULE_PROPERTY + "=people")
public class TokenResource implements RestResource {

    @Schema(name = "ApiToken")
    public record TokenData(long id, String name,
                            @Schema(description = "the token's first characters, to tell tokens apart") String prefix,
                            Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
    }

    @Schema(name = "NewApiToken")
    public record NewToken(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String name,
                           @Schema(description = "when it stops working; none: until revoked") Instant expiresAt) {
    }

    @Schema(name = "CreatedApiToken")
    public record CreatedToken(long id, String name, String prefix,
                               @Schema(description = "shown this once; keep it like a password") String token,
                               Instant expiresAt) {
    }

    private static final Logger AUDIT = LoggerFactory.getLogger("org.cairncrm.audit.accounts");
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
    private static final int TOKEN_LENGTH = 40;
    private static final int PREFIX_LENGTH = AccessDirectory.TOKEN_PREFIX.length() + 4;

    private final JpaTemplate jpa;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    @Activate
    public TokenResource(@Reference(target = "(osgi.unit.name=cairn.people)") JpaTemplate jpa,
                         @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @GET
    @RequiresSignIn
    @Operation(summary = "Your API tokens, revoked and expired ones included (signed in); never the tokens")
    public List<TokenData> list() {
        String login = Access.signedIn().login();
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                        "SELECT t FROM ApiToken t WHERE t.account.login = :login ORDER BY t.id", ApiToken.class)
                .setParameter("login", login).getResultList().stream().map(TokenResource::data).toList());
    }

    @POST
    @RequiresSignIn
    @Operation(summary = "Make an API token (signed in); the answer holds the token, shown this once")
    public Response create(NewToken request) {
        RestResource.requireBody(request, "a token name");
        Instant now = clock.instant();
        ValidationException.collect()
                .requireText(request.name(), "name", 100)
                .check(request.expiresAt() != null && !request.expiresAt().isAfter(now), "expiresAt",
                        "must be in the future")
                .throwIfAny();
        String login = Access.signedIn().login();
        String token = AccessDirectory.TOKEN_PREFIX + randomText();
        CreatedToken created = jpa.txExpr(TransactionType.Required, em -> {
            Account account = em.createQuery("SELECT a FROM Account a WHERE a.login = :login", Account.class)
                    .setParameter("login", login).getSingleResult();
            ApiToken stored = new ApiToken(account, request.name().strip(), AccessDirectory.sha256(token),
                    token.substring(0, PREFIX_LENGTH), request.expiresAt());
            em.persist(stored);
            em.flush();
            return new CreatedToken(stored.getId(), stored.name(), stored.prefix(), token, stored.expiresAt());
        });
        AUDIT.info("API token {} '{}' ({}…) made by '{}'", created.id(), created.name(), created.prefix(), login);
        return Response.created(URI.create("tokens/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @RequiresSignIn
    @Operation(summary = "Revoke one of your API tokens (signed in); it stops working at once")
    public Response revoke(@PathParam("id") long id) {
        String login = Access.signedIn().login();
        jpa.tx(TransactionType.Required, em -> {
            ApiToken token = em.find(ApiToken.class, id);
            if (token == null || !token.account().login().equals(login)) {
                throw new RecordNotFoundException("people.token", id);
            }
            token.revoke(clock.instant());
        });
        AUDIT.info("API token {} revoked by '{}'", id, login);
        return Response.noContent().build();
    }

    private String randomText() {
        StringBuilder text = new StringBuilder(TOKEN_LENGTH);
        for (int i = 0; i < TOKEN_LENGTH; i++) {
            text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return text.toString();
    }

    private static TokenData data(ApiToken t) {
        return new TokenData(t.getId(), t.name(), t.prefix(), t.auditStamp().createdAt(), t.expiresAt(),
                t.lastUsedAt(), t.revokedAt());
    }
}
