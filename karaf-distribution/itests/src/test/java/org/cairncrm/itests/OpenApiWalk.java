package org.cairncrm.itests;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Walks every operation of a running server's {@code /api/openapi.json} and sends it what careless or hostile clients
 * send: bad path ids, odd query values and broken bodies. Each answer is kept as a {@link Shot}; whoever walks decides
 * what is acceptable (for Cairn: never a 5xx, and every error a JSON error body).
 */
final class OpenApiWalk {

    /** Path values no record has: zero, negative, past a long, text, a quote, an emoji, very long. */
    static final List<String> BAD_PATH_VALUES = List.of("0", "-1", "99999999999999999999", "9223372036854775807",
            "abc", "1.5", "%27", "%22", "%F0%9F%98%80", "x".repeat(5_000));

    /** Query values, as the server decodes them. */
    static final List<String> BAD_QUERY_VALUES = List.of("'", "\"", "%", "%%", "_", "\\", "' OR 1=1 --", "-1", "0",
            "99999999999999999999", "1e400", "NaN", "2026-02-30", "null", "[]", ",,,", ":", "a:b:c", "name:desc:x",
            "😀🇵🇱", "Łódź ŻÓŁW", "\u0000", "x".repeat(5_000),
            // well-formed filters on fields many lists have: each list must answer them, or name the field as unknown
            "active:eq:true", "active:ne:false", "id:gt:0", "name:like:%", "status:null",
            "createdAt:lt:2026-01-01T00:00:00Z", "version:ge:1");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String HUGE = "Ł".repeat(100_000);

    /** One request sent and its answer. */
    record Shot(String method, String path, String what, int status, String body) {
        @Override
        public String toString() {
            String shortBody = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
            return method + " " + (path.length() > 160 ? path.substring(0, 160) + "..." : path) + " [" + what + "] -> "
                    + status + " " + shortBody;
        }
    }

    private final Http http;
    private final JsonNode document;
    private final JsonNode schemas;
    private final List<Shot> shots = new ArrayList<>();
    private int operations;

    OpenApiWalk(Http http, JsonNode document) {
        this.http = http;
        this.document = document;
        this.schemas = document.path("components").path("schemas");
    }

    List<Shot> shots() {
        return shots;
    }

    int operations() {
        return operations;
    }

    /** Sends the bad inputs to every operation {@code which} takes ("GET /api/health"). */
    OpenApiWalk walk(java.util.function.Predicate<String> which) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> op = methods.next();
                String method = op.getKey().toUpperCase();
                if (!which.test(method + " " + path.getKey())) {
                    continue;
                }
                operations++;
                operation(method, path.getKey(), op.getValue());
            }
        }
        return this;
    }

    /**
     * Calls every operation without signing in, with a body of a type no operation takes: each must answer 401
     * before anything else (a 415 would tell a stranger what the address accepts). Answers the other answers.
     */
    List<Shot> anonymously(Http anonymous, java.util.Set<String> open) {
        List<Shot> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                String method = methods.next().getKey().toUpperCase();
                if (open.contains(method + " " + path.getKey())) {
                    continue;
                }
                String address = path.getKey().replaceAll("\\{id}", "1").replaceAll("\\{[a-z]+}", "x");
                HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(
                        http.uri("").toString().replaceFirst("/api$", "") + address));
                boolean withBody = !"GET".equals(method) && !"DELETE".equals(method);
                if (withBody) {
                    request.header("Content-Type", "application/x-unknown");
                }
                request.method(method, withBody ? HttpRequest.BodyPublishers.ofString("x")
                        : HttpRequest.BodyPublishers.noBody());
                Http.Reply reply = anonymous.send(request, null);
                if (reply.status() != 401) {
                    wrong.add(new Shot(method, address, "anonymous", reply.status(), reply.body()));
                }
            }
        }
        return wrong;
    }

    private void operation(String method, String template, JsonNode op) {
        List<JsonNode> parameters = new ArrayList<>();
        op.path("parameters").forEach(parameters::add);
        List<String> pathNames = parameters.stream().filter(p -> "path".equals(p.path("in").asText()))
                .map(p -> p.path("name").asText()).toList();
        List<JsonNode> queries = parameters.stream().filter(p -> "query".equals(p.path("in").asText())).toList();
        JsonNode content = op.path("requestBody").path("content");

        // 1. each path parameter in turn gets each bad value, the others a plausible one
        for (String name : pathNames) {
            for (String bad : BAD_PATH_VALUES) {
                String path = fill(template, pathNames, n -> n.equals(name) ? bad : plausible(n, method));
                sendWithBody(method, path, "path " + name + "=" + shorten(bad), validBody(content));
            }
        }
        // the rest is sent to an existing record where there is one (id 1), but never deleted
        String base = fill(template, pathNames, n -> plausible(n, method));
        // 0. a plain call without any query parameter (every one is optional unless the description says otherwise)
        if (!queries.isEmpty() && !"DELETE".equals(method)) {
            sendWithBody(method, base, "no query parameters", validBody(content));
        }
        // 2. each query parameter in turn gets each bad value
        for (JsonNode q : queries) {
            String name = q.path("name").asText();
            for (String bad : BAD_QUERY_VALUES) {
                String query = "?" + name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
                if ("array".equals(q.path("schema").path("type").asText())) {
                    query += "&" + name + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8);
                }
                sendWithBody(method, base + query, "query " + name + "=" + shorten(bad), validBody(content));
            }
        }
        // 3. broken bodies
        if (content.isObject() && content.size() > 0) {
            if (content.has("application/json")) {
                for (Map.Entry<String, String> body : badJsonBodies(content.path("application/json").path("schema"))
                        .entrySet()) {
                    send(method, base, "body " + body.getKey(), "application/json", body.getValue());
                }
                send(method, base, "body as text/plain", "text/plain", "{}");
            } else {
                Iterator<String> types = content.fieldNames();
                while (types.hasNext()) {
                    String type = types.next();
                    send(method, base, "empty " + type, type, "");
                    send(method, base, "garbage " + type, type, "\u0000\u00ff\ufffd PK\u0003\u0004 BEGIN:VCARD\n;;;\n"
                            + "\"unclosed,\"quote\n" + "=cmd|' /C calc'!A0\n".repeat(50));
                    send(method, base, "zip header " + type, type, "PK\u0003\u0004\u0014\u0000\u0000\u0000");
                    send(method, base, "long line " + type, type, "name;taxId\n" + "x".repeat(200_000) + ";1\n");
                }
                send(method, base, "json to a file upload", "application/json", "{\"a\":1}");
            }
        } else if (!"GET".equals(method) && !"DELETE".equals(method)) {
            // an operation that takes no body gets one all the same
            send(method, base, "unexpected body", "application/json", "{\"unexpected\":[1,2,3]}");
        }
    }

    private static String plausible(String name, String method) {
        if ("DELETE".equals(method)) {
            return "id".equals(name) ? "987654321" : "no-such-" + name;
        }
        return switch (name) {
            case "id" -> "1";
            case "kind" -> "STATUS";
            case "collection" -> "companies";
            case "key" -> "console.locale";
            default -> "x";
        };
    }

    private static String fill(String template, List<String> names, Function<String, String> value) {
        String path = template;
        for (String name : names) {
            path = path.replace("{" + name + "}", value.apply(name));
        }
        return path;
    }

    private static String shorten(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "...(" + value.length() + ")" : value;
    }

    /** A body of the right shape with plain values, to send beside bad path and query values. */
    private String validBody(JsonNode content) {
        if (!content.has("application/json")) {
            return null;
        }
        return valueFor(content.path("application/json").path("schema"), Mode.PLAIN, 0).toString();
    }

    private void sendWithBody(String method, String path, String what, String validBody) {
        if (validBody != null) {
            send(method, path, what, "application/json", validBody);
        } else {
            send(method, path, what, (String) null, (String) null);
        }
    }

    private void send(String method, String path, String what, String contentType, String body) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(java.net.URI.create(http.uri("").toString().replaceFirst("/api$", "")
                    + path));
        } catch (IllegalArgumentException e) {
            throw new AssertionError("the walk made an address Java cannot send: " + path, e);
        }
        request.header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", contentType);
            request.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        Http.Reply reply = http.send(request, null);
        shots.add(new Shot(method, path, what, reply.status(), reply.body()));
    }

    private enum Mode { PLAIN, NULLS, WRONG_TYPES, HUGE, EDGES, HOSTILE }

    private Map<String, String> badJsonBodies(JsonNode schema) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("truncated", "{\"name\":\"x");
        bodies.put("null", "null");
        bodies.put("array", "[]");
        bodies.put("string", "\"text\"");
        bodies.put("number", "42");
        bodies.put("empty object", "{}");
        bodies.put("deep object nesting", "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000));
        bodies.put("deep array nesting", "[".repeat(50_000) + "]".repeat(50_000));
        bodies.put("unknown field", "{\"noSuchField\":1}");
        bodies.put("duplicate fields", "{\"id\":1,\"id\":\"x\"}");
        bodies.put("bad escape", "{\"name\":\"\\uZZZZ\"}");
        bodies.put("too large", "{\"name\":\"" + "x".repeat(2_000_000) + "\"}");
        for (Mode mode : List.of(Mode.NULLS, Mode.WRONG_TYPES, Mode.HUGE, Mode.EDGES, Mode.HOSTILE)) {
            bodies.put(mode.name().toLowerCase().replace('_', ' '), valueFor(schema, mode, 0).toString());
        }
        // each field alone with a wrong type, so that one bad field cannot hide behind another
        JsonNode resolved = resolve(schema);
        Iterator<Map.Entry<String, JsonNode>> fields = resolved.path("properties").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode plain = valueFor(schema, Mode.PLAIN, 0);
            if (plain instanceof ObjectNode object) {
                object.remove(field.getKey());
                bodies.put("without " + field.getKey(), object.toString());
                object.putNull(field.getKey());
                bodies.put("null " + field.getKey(), object.toString());
                object.set(field.getKey(), valueFor(field.getValue(), Mode.WRONG_TYPES, 1));
                bodies.put("wrong type of " + field.getKey(), object.toString());
                object.set(field.getKey(), valueFor(field.getValue(), Mode.HUGE, 1));
                bodies.put("huge " + field.getKey(), object.toString());
                object.set(field.getKey(), valueFor(field.getValue(), Mode.EDGES, 1));
                bodies.put("edge " + field.getKey(), object.toString());
            }
        }
        return bodies;
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return schemas.path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private JsonNode valueFor(JsonNode schemaOrRef, Mode mode, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        if (mode == Mode.NULLS && depth > 0) {
            return NODES.nullNode();
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        String format = schema.path("format").asText("");
        if (depth > 4) {
            return NODES.nullNode();
        }
        switch (type) {
            case "object": {
                if (mode == Mode.WRONG_TYPES && depth > 0) {
                    return NODES.textNode("not an object");
                }
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.set(field.getKey(), valueFor(field.getValue(), mode, depth + 1));
                }
                if (schema.has("additionalProperties") && !schema.has("properties")) {
                    JsonNode value = valueFor(schema.path("additionalProperties"), mode, depth + 1);
                    object.set("some", value);
                    object.set(mode == Mode.HUGE ? HUGE.substring(0, 5_000) : "other", value);
                }
                return object;
            }
            case "array": {
                if (mode == Mode.WRONG_TYPES) {
                    return NODES.objectNode().put("not", "an array");
                }
                ArrayNode array = NODES.arrayNode();
                int size = mode == Mode.HUGE ? 5_000 : mode == Mode.EDGES ? 0 : 2;
                JsonNode item = valueFor(schema.path("items"), mode == Mode.HUGE ? Mode.EDGES : mode, depth + 1);
                for (int i = 0; i < size; i++) {
                    array.add(item);
                }
                if (mode == Mode.EDGES) {
                    array.addNull();
                }
                return array;
            }
            case "integer":
                return switch (mode) {
                    case PLAIN -> NODES.numberNode(1);
                    case NULLS -> NODES.nullNode();
                    case WRONG_TYPES -> NODES.textNode("twelve");
                    case HUGE -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999"));
                    case EDGES -> NODES.numberNode(-1);
                    case HOSTILE -> NODES.numberNode("int32".equals(format) ? Integer.MIN_VALUE : Long.MIN_VALUE);
                };
            case "number":
                return switch (mode) {
                    case PLAIN -> NODES.numberNode(1.5);
                    case NULLS -> NODES.nullNode();
                    case WRONG_TYPES -> NODES.arrayNode().add(1);
                    case HUGE -> NODES.numberNode(new java.math.BigDecimal("1e400"));
                    case EDGES -> NODES.numberNode(-0.000001);
                    case HOSTILE -> NODES.textNode("NaN");
                };
            case "boolean":
                return switch (mode) {
                    case PLAIN -> NODES.booleanNode(true);
                    case NULLS -> NODES.nullNode();
                    case WRONG_TYPES -> NODES.textNode("maybe");
                    case HUGE, EDGES, HOSTILE -> NODES.numberNode(2);
                };
            default: {
                if (schema.has("enum") && mode == Mode.PLAIN) {
                    return schema.path("enum").get(0);
                }
                return switch (mode) {
                    case PLAIN -> NODES.textNode(plainText(format));
                    case NULLS -> NODES.nullNode();
                    case WRONG_TYPES -> NODES.objectNode().put("not", "text");
                    case HUGE -> NODES.textNode(HUGE);
                    case EDGES -> NODES.textNode(switch (format) {
                        case "date" -> "2026-02-30";
                        case "date-time" -> "2026-13-01T25:61:00Z";
                        default -> "";
                    });
                    case HOSTILE -> NODES.textNode("' OR 1=1 -- \" <script>alert(1)</script> %s %n 😀 \u0000 ${x}");
                };
            }
        }
    }

    private static String plainText(String format) {
        return switch (format) {
            case "date" -> "2027-01-15";
            case "date-time" -> "2027-01-15T10:00:00Z";
            case "partial-time" -> "10:00";
            default -> "Walk value";
        };
    }
}
