package org.cairncrm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Roles, employees and accounts made over REST by an administrator, for the tests of who may do what. */
final class TestAccounts {

    static final String PASSWORD = "Matrix-pass-2026";

    private final Http admin;
    private final Http anonymous;

    TestAccounts(Http admin, Http anonymous) {
        this.admin = admin;
        this.anonymous = anonymous;
    }

    /** A role with {@code permissions}, data {@code scopes} per record type and {@code lines} (empty: all). */
    long role(String name, List<String> permissions, Map<String, String> scopes, List<String> lines) {
        StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"label\":\"" + name + "\",\"permissions\":[");
        json.append(String.join(",", permissions.stream().map(p -> "\"" + p + "\"").toList())).append("],\"scopes\":{");
        json.append(String.join(",", scopes.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue()
                + "\"").toList())).append("},\"linesOfBusiness\":[");
        json.append(String.join(",", lines.stream().map(l -> "\"" + l + "\"").toList())).append("]}");
        return created(admin.post("/people/roles", json.toString()));
    }

    /** An employee with an account {@code login} (password {@link #PASSWORD}), granted {@code role} unless -1. */
    long account(String login, long role) {
        long employee = created(admin.post("/people/employees", "{\"firstName\":\"" + login
                + "\",\"lastName\":\"Tester\"}"));
        long account = accountFor(employee, login);
        if (role >= 0) {
            assertEquals(201, admin.post("/people/grants", "{\"roleId\":" + role + ",\"accountId\":" + account
                    + "}").status());
        }
        // the first password was set by someone else: its owner replaces it, here with the same one
        Http first = anonymous.as(login, "First-pass-2026");
        assertEquals(204, first.put("/people/me/password",
                "{\"currentPassword\":\"First-pass-2026\",\"newPassword\":\"" + PASSWORD + "\"}").status());
        return account;
    }

    long accountFor(long employee, String login) {
        return created(admin.post("/people/accounts", "{\"login\":\"" + login + "\",\"employeeId\":" + employee
                + ",\"password\":\"First-pass-2026\"}"));
    }

    long employeeOf(long account) {
        return admin.get("/people/accounts/" + account).json().path("employeeId").asLong();
    }

    /** The id of what a 201 answer created. */
    static long created(Http.Reply reply) {
        assertEquals(reply.toString(), 201, reply.status());
        return reply.json().path("id").asLong();
    }

    /** The fields a 422 (or 400) answer names. */
    static Set<String> fields(Http.Reply reply) {
        assertTrue(reply.toString(), reply.status() == 422 || reply.status() == 400);
        Set<String> fields = new TreeSet<>();
        reply.json().path("fieldErrors").forEach(e -> fields.add(e.path("field").asText()));
        return fields;
    }

    /** The texts of a JSON array. */
    static java.util.List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
