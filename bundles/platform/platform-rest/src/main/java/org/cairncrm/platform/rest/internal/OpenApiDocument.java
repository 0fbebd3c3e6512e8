package org.cairncrm.platform.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the OpenAPI description of what is published right now: the platform's own and each module's document,
 * both generated at build time from the JAX-RS annotations into {@code META-INF/cairn/openapi.json}, with every path
 * moved under the address it is served at.
 */
final class OpenApiDocument {

    static final String ENTRY = "META-INF/cairn/openapi.json";
    private static final String HISTORY = "/{collection}/{id}/history";

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);

    private final ObjectMapper mapper;

    OpenApiDocument(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param platform the platform bundle
     * @param modules  for each published module, the bundles of its resources
     */
    JsonNode build(Bundle platform, Map<String, ? extends Collection<Bundle>> modules) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("openapi", "3.0.1");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Cairn CRM REST API");
        info.put("version", platform.getVersion().toString());
        info.put("description", "Every resource of the platform and of the modules installed now. Errors answer "
                + "{status, error, message, fieldErrors:[{field, message}]}.");
        doc.putArray("servers").addObject().put("url", "/");
        // every address needs a sign-in but the health check
        doc.putArray("security").add(mapper.createObjectNode().set("basic", mapper.createArrayNode()))
                .add(mapper.createObjectNode().set("token", mapper.createArrayNode()));
        ObjectNode paths = doc.putObject("paths");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("basic").put("type", "http").put("scheme", "basic")
                .put("description", "login and password of a Cairn account");
        schemes.putObject("token").put("type", "http").put("scheme", "bearer")
                .put("description", "a personal API token, made with POST /api/people/tokens");
        ObjectNode schemas = components.putObject("schemas");
        ArrayNode tags = doc.putArray("tags");
        Set<String> tagNames = new HashSet<>();

        merge(read(platform), "platform", "/api", paths, schemas, tags, tagNames);
        JsonNode health = paths.path("/api/health").path("get");
        if (health instanceof ObjectNode open) {
            open.putArray("security");
        }
        // the platform serves the change history inside every module's address
        JsonNode history = paths.remove("/api" + HISTORY);
        modules.forEach((module, bundles) -> {
            bundles.stream().distinct()
                    .forEach(b -> merge(read(b), module, "/api/" + module, paths, schemas, tags, tagNames));
            if (history != null) {
                JsonNode copy = history.deepCopy();
                copy.fields().forEachRemaining(op -> ((ObjectNode) op.getValue())
                        .put("operationId", module + "_changeHistory"));
                paths.set("/api/" + module + HISTORY, copy);
            }
        });
        return doc;
    }

    /**
     * Operation ids are unique within one module's document only ("list", "get"): prefixed with the module, they are
     * unique in the whole API, as OpenAPI wants and client generators need.
     */
    private static void operationIds(JsonNode pathItem, String module) {
        pathItem.fields().forEachRemaining(op -> {
            if (op.getValue() instanceof ObjectNode operation && operation.has("operationId")) {
                String id = operation.path("operationId").asText();
                if (!id.startsWith(module + "_")) {
                    operation.put("operationId", module + "_" + id);
                }
            }
        });
    }

    /** OpenAPI requires a description on every response; the generator leaves out those no annotation names. */
    private static void describeResponses(JsonNode pathItem) {
        pathItem.fields().forEachRemaining(op -> op.getValue().path("responses").fields().forEachRemaining(r -> {
            if (r.getValue() instanceof ObjectNode response && !response.hasNonNull("description")) {
                response.put("description", switch (r.getKey()) {
                    case "200" -> "OK";
                    case "201" -> "Created";
                    case "202" -> "Accepted";
                    case "204" -> "No content";
                    case "default" -> "The answer";
                    default -> "Status " + r.getKey();
                });
            }
        }));
    }

    private JsonNode read(Bundle bundle) {
        URL entry = bundle.getEntry(ENTRY);
        if (entry == null) {
            LOG.warn("Bundle {} publishes REST resources but has no {}", bundle.getSymbolicName(), ENTRY);
            return mapper.createObjectNode();
        }
        try (InputStream in = entry.openStream()) {
            return mapper.readTree(in);
        } catch (IOException e) {
            LOG.warn("Cannot read {} of bundle {}: {}", ENTRY, bundle.getSymbolicName(), e.getMessage());
            return mapper.createObjectNode();
        }
    }

    private static void merge(JsonNode source, String module, String prefix, ObjectNode paths, ObjectNode schemas,
                              ArrayNode tags, Set<String> tagNames) {
        Iterator<Map.Entry<String, JsonNode>> p = source.path("paths").fields();
        while (p.hasNext()) {
            Map.Entry<String, JsonNode> e = p.next();
            String path = e.getKey().equals("/") ? prefix : prefix + e.getKey();
            operationIds(e.getValue(), module);
            describeResponses(e.getValue());
            paths.set(path, e.getValue());
        }
        Iterator<Map.Entry<String, JsonNode>> s = source.path("components").path("schemas").fields();
        while (s.hasNext()) {
            Map.Entry<String, JsonNode> e = s.next();
            if (!schemas.has(e.getKey())) {
                schemas.set(e.getKey(), e.getValue());
            }
        }
        for (JsonNode tag : source.path("tags")) {
            if (tagNames.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }
}
