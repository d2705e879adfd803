package org.dmspilot.core.dms.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.cbor.databind.CBORMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local AWS for tests: one HTTP server the real SDK clients reach through {@code endpointOverride}. It speaks
 * DMS, CloudWatch Logs and Secrets Manager (JSON 1.1, {@code X-Amz-Target}), CloudWatch (Smithy RPC v2 CBOR), IAM, STS and EC2
 * (query protocol, XML), keeps the account's state with DMS's status transitions, injects {@link Faults}, and logs
 * every request body.
 */
public final class AwsEmulator implements AutoCloseable {
    public static final String ACCOUNT = "123456789012";
    static final ObjectMapper JSON = new ObjectMapper();
    static final CBORMapper CBOR = new CBORMapper();
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/[^/]+/[^/]+/([^/]+)/");
    private static final Pattern ACCESS_KEY = Pattern.compile("Credential=([^/]+)/");
    private static final String CBOR_PATH = "/service/GraniteServiceVersion20100801/operation/";

    /**
     * One request as received: service, operation, body (CBOR bodies decoded to JSON text) and the access key id that
     * signed it (from the SigV4 {@code Authorization} header).
     */
    public record LoggedRequest(String service, String operation, String body, String accessKey) {
    }

    private final HttpServer server;
    private final List<LoggedRequest> log = new CopyOnWriteArrayList<>();
    private final Faults faults = new Faults();
    private final IamEmulator iam = new IamEmulator();
    private final LogsEmulator logs = new LogsEmulator();
    private final DmsEmulator dms = new DmsEmulator(iam, logs);
    private final SecretsEmulator secrets = new SecretsEmulator();
    private final CloudWatchEmulator cloudWatch = new CloudWatchEmulator(dms);
    private final SnsEmulator sns = dms.withSns(new SnsEmulator());
    private final S3Emulator s3 = dms.withS3(new S3Emulator());

    static {
        // without it, headers and body go out in two packets and delayed ACKs add ~40 ms to every call
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public AwsEmulator() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(null);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Faults faults() {
        return faults;
    }

    public DmsEmulator dms() {
        return dms;
    }

    public IamEmulator iam() {
        return iam;
    }

    public CloudWatchEmulator cloudWatch() {
        return cloudWatch;
    }

    public LogsEmulator logs() {
        return logs;
    }

    public SnsEmulator sns() {
        return sns;
    }

    /** S3 (REST-XML), where DMS writes assessment results. */
    public S3Emulator s3() {
        return s3;
    }

    public SecretsEmulator secrets() {
        return secrets;
    }

    public List<LoggedRequest> requests() {
        return List.copyOf(log);
    }

    /** Bodies of the requests to one operation, in order. */
    public List<JsonNode> bodies(String operation) {
        List<JsonNode> out = new ArrayList<>();
        for (LoggedRequest r : log) {
            if (r.operation().equals(operation)) {
                try {
                    out.add(JSON.readTree(r.body()));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] body = ex.getRequestBody().readAllBytes();
            String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
            String path = ex.getRequestURI().getPath();
            Matcher scope = SCOPE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
            if (target == null && scope.find() && scope.group(1).equals("s3")) {
                handleS3(ex, body);
            } else if (target != null) {
                handleJson(ex, target, body);
            } else if (path.startsWith(CBOR_PATH)) {
                handleCbor(ex, path.substring(CBOR_PATH.length()), body);
            } else {
                handleQuery(ex, body);
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            throw e;
        }
    }

    private void handleJson(HttpExchange ex, String target, byte[] body) throws IOException {
        String service = target.startsWith("AmazonDMSv20160101.") ? "dms"
                : target.startsWith("Logs_20140328.") ? "logs" : "secretsmanager";
        String op = target.substring(target.indexOf('.') + 1);
        String text = new String(body, StandardCharsets.UTF_8);
        log.add(new LoggedRequest(service, op, text, accessKey(ex)));
        int status = 200;
        JsonNode response;
        try {
            JsonNode request = text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
            response = withFaults(op, text + dms.namesIn(text), () -> switch (service) {
                case "dms" -> dms.call(op, request);
                case "logs" -> logs.call(op, request);
                default -> secrets.call(op, request);
            });
        } catch (AwsFault f) {
            status = f.status();
            ObjectNode error = JSON.createObjectNode().put("__type", f.code()).put("message", f.getMessage());
            response = error;
        }
        send(ex, status, "application/x-amz-json-1.1", JSON.writeValueAsBytes(response), Map.of());
    }

    private void handleS3(HttpExchange ex, byte[] body) throws IOException {
        String method = ex.getRequestMethod();
        Map<String, String> query = form(ex.getRequestURI().getRawQuery() == null ? ""
                : ex.getRequestURI().getRawQuery());
        String op = S3Emulator.operation(method, ex.getRequestURI().getRawPath(), query);
        String text = new String(body, StandardCharsets.UTF_8);
        log.add(new LoggedRequest("s3", op, JSON.writeValueAsString(Map.of("path", ex.getRequestURI().getRawPath(),
                "query", query, "body", text)), accessKey(ex)));
        s3.handle(ex, method, query, text, call -> withFaults(op, ex.getRequestURI().getRawPath() + " " + text,
                call));
    }

    private void handleCbor(HttpExchange ex, String op, byte[] body) throws IOException {
        JsonNode request = body.length == 0 ? JSON.createObjectNode() : CBOR.readTree(body);
        log.add(new LoggedRequest("cloudwatch", op, JSON.writeValueAsString(request), accessKey(ex)));
        Map<String, String> headers = Map.of("smithy-protocol", "rpc-v2-cbor");
        try {
            byte[] out = withFaults(op, request.toString(), () -> cloudWatch.call(op, request));
            send(ex, 200, "application/cbor", out, headers);
        } catch (AwsFault f) {
            ObjectNode error = JSON.createObjectNode().put("__type", "com.amazonaws.cloudwatch#" + f.code())
                    .put("message", f.getMessage());
            send(ex, f.status(), "application/cbor", CBOR.writeValueAsBytes(error), headers);
        }
    }

    private void handleQuery(HttpExchange ex, byte[] body) throws IOException {
        Map<String, String> params = form(new String(body, StandardCharsets.UTF_8));
        Matcher m = SCOPE.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        String service = m.find() ? m.group(1) : "unknown";
        String op = params.getOrDefault("Action", "");
        log.add(new LoggedRequest(service, op, JSON.writeValueAsString(params), accessKey(ex)));
        String requestId = UUID.randomUUID().toString();
        try {
            String xml = withFaults(op, params.toString(), () -> QueryXml.ok(service, op, requestId,
                    service.equals("ec2") ? Ec2Emulator.call(op, params) : service.equals("sns") ? sns.call(op,
                            params) : iam.call(service, op, params)));
            send(ex, 200, "text/xml", xml.getBytes(StandardCharsets.UTF_8), Map.of());
        } catch (AwsFault f) {
            send(ex, f.status(), "text/xml", QueryXml.error(service, f, requestId).getBytes(StandardCharsets.UTF_8),
                    Map.of());
        }
    }

    private static String accessKey(HttpExchange ex) {
        Matcher key = ACCESS_KEY.matcher(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        return key.find() ? key.group(1) : "";
    }

    private <T> T withFaults(String op, String requestText, java.util.function.Supplier<T> call) {
        var armed = faults.take(op, requestText);
        if (armed.isPresent() && armed.get().when() == Faults.When.INSTEAD) {
            throw armed.get().fault();
        }
        T result = call.get();
        if (armed.isPresent()) {
            throw armed.get().fault();
        }
        return result;
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body, Map<String, String> headers)
            throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
        headers.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
