package org.cairncrm.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for the tests, speaking to the server as any REST client would. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    /** Sent with every request that names no credentials of its own; null for an anonymous client. */
    private final String authorization;

    Http(String base) {
        this(base, null);
    }

    private Http(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** The Authorization header this client sends (null: none). */
    String authorization() {
        return authorization;
    }

    /** The same server, signed in with HTTP Basic. */
    Http as(String login, String password) {
        return new Http(base, basic(login, password));
    }

    /** The same server, signed in with a personal API token. */
    Http withToken(String token) {
        return new Http(base, "Bearer " + token);
    }

    /** A response: status, headers and the body read as JSON where it is JSON. */
    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    Reply get(String path, String login, String password) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), basic(login, password));
    }

    Reply post(String path, String json) {
        return send(json(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))), null);
    }

    /** Posts a file's bytes as {@code contentType} (text/csv, text/vcard ...). */
    Reply post(String path, String contentType, byte[] file) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(file)), null);
    }

    /** A file as the server sends it: status, content type and the bytes as they are. */
    record Download(int status, String contentType, byte[] bytes) {
        @Override
        public String toString() {
            return status + " " + contentType + " " + bytes.length + " bytes";
        }
    }

    /** Gets a binary file (a workbook, a PDF) without reading it as text. */
    Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits for the background job at {@code /jobs/<id>} to finish; answers its last status. */
    com.fasterxml.jackson.databind.JsonNode awaitJob(String id, int seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        com.fasterxml.jackson.databind.JsonNode job = get("/jobs/" + id).json();
        while (java.util.Set.of("QUEUED", "RUNNING").contains(job.path("state").asText()) && System.nanoTime() < end) {
            sleep(200);
            job = get("/jobs/" + id).json();
        }
        return job;
    }

    Reply put(String path, String json) {
        return send(json(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))), null);
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), null);
    }

    /** Sends with {@code credentials}, or with this client's own when null. */
    Reply send(HttpRequest.Builder request, String credentials) {
        String header = credentials != null ? credentials : authorization;
        if (header != null) {
            request.header("Authorization", header);
        }
        request.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> response = CLIENT.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            return new Reply(-1, e.toString(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    URI uri(String path) {
        return URI.create(base + path);
    }

    static HttpRequest.Builder json(HttpRequest.Builder request) {
        return request.header("Content-Type", "application/json").header("Accept", "application/json");
    }

    static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Polls until {@code path} answers {@code status}, or fails after {@code seconds}. */
    Reply await(String path, int status, int seconds) {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Reply last;
        do {
            last = get(path);
            if (last.status() == status) {
                return last;
            }
            sleep(250);
        } while (System.nanoTime() < end);
        throw new AssertionError(path + " did not answer " + status + " within " + seconds + " s; last: " + last);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
