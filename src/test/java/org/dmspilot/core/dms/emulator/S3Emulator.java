package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.QueryXml.el;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amazon S3 (REST-XML, path-style {@code /bucket/key}) as far as the assessment results need: CreateBucket with its
 * {@code LocationConstraint} (checked against the region, as S3 does), HeadBucket ({@code x-amz-bucket-region}),
 * PutBucketEncryption, PutPublicAccessBlock, Put/GetBucketTagging ({@code NoSuchTagSet} without tags), ListBuckets,
 * ListObjectsV2 (pages of {@code max-keys} with a continuation token), DeleteObject, DeleteBucket
 * ({@code BucketNotEmpty}). A name owned by another account answers {@code BucketAlreadyExists} on create and 403 on
 * head; one this account owns answers {@code BucketAlreadyOwnedByYou}.
 */
public final class S3Emulator {
    private static final String NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    private static final Pattern TAG = Pattern.compile("<Tag><Key>(.*?)</Key><Value>(.*?)</Value></Tag>");

    /** A bucket as S3 keeps it. */
    public static final class Bucket {
        final String region;
        final Instant created = Instant.now();
        final Map<String, String> tags = new LinkedHashMap<>();
        final TreeMap<String, byte[]> objects = new TreeMap<>();
        String encryption;
        boolean publicAccessBlocked;
        boolean refusesOtherPrincipals;

        Bucket(String region) {
            this.region = region;
        }

        public String encryption() {
            return encryption;
        }

        public boolean publicAccessBlocked() {
            return publicAccessBlocked;
        }

        public synchronized Map<String, String> tags() {
            return Map.copyOf(tags);
        }

        public synchronized List<String> keys() {
            return List.copyOf(objects.keySet());
        }
    }

    private final Map<String, Bucket> buckets = new LinkedHashMap<>();
    private final Map<String, String> foreign = new LinkedHashMap<>();

    /** The account's buckets by name. */
    public synchronized Map<String, Bucket> buckets() {
        return Map.copyOf(buckets);
    }

    /** A bucket name another AWS account owns (S3 names are global). */
    public synchronized S3Emulator foreignBucket(String name) {
        foreign.put(name, "eu-west-1");
        return this;
    }

    /** A bucket this account already owns, in {@code region}. */
    public synchronized S3Emulator existingBucket(String name, String region) {
        buckets.put(name, new Bucket(region));
        return this;
    }

    /** The bucket's policy denies writes by anyone but its owner's users (DMS's role included). */
    public synchronized S3Emulator refuseServiceWrites(String name) {
        buckets.get(name).refusesOtherPrincipals = true;
        return this;
    }

    /** Whether a service role may write to the bucket as far as the bucket's own policy goes. */
    synchronized boolean acceptsServiceWrites(String bucket) {
        Bucket b = buckets.get(bucket);
        return b != null && !b.refusesOtherPrincipals;
    }

    synchronized boolean exists(String bucket) {
        return buckets.containsKey(bucket);
    }

    /** An object written by another service (DMS writing assessment results). */
    synchronized void putObject(String bucket, String key, String content) {
        buckets.get(bucket).objects.put(key, content.getBytes(StandardCharsets.UTF_8));
    }

    /** One request: method, path-style bucket and key, query. Returns status, headers and the XML body. */
    synchronized Response call(String method, String rawPath, Map<String, String> query, String body) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        int slash = path.indexOf('/');
        String bucket = URLDecoder.decode(slash < 0 ? path : path.substring(0, slash), StandardCharsets.UTF_8);
        String key = slash < 0 ? "" : URLDecoder.decode(path.substring(slash + 1), StandardCharsets.UTF_8);
        if (bucket.isEmpty()) {
            if (!method.equals("GET")) {
                throw fault(405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            }
            return ok(listBuckets());
        }
        if (method.equals("PUT") && key.isEmpty() && query.isEmpty()) {
            return createBucket(bucket, body);
        }
        if (method.equals("HEAD") && key.isEmpty()) {
            if (foreign.containsKey(bucket)) {
                return new Response(403, Map.of(), null);
            }
            Bucket b = buckets.get(bucket);
            return b == null ? new Response(404, Map.of(), null) : new Response(200, Map.of("x-amz-bucket-region",
                    b.region), null);
        }
        Bucket b = bucket(bucket);
        if (!key.isEmpty()) {
            if (!method.equals("DELETE")) {
                throw fault(501, "NotImplemented", "Only DeleteObject is emulated on objects");
            }
            b.objects.remove(key);
            return new Response(204, Map.of(), null);
        }
        if (method.equals("PUT") && query.containsKey("encryption")) {
            Matcher m = Pattern.compile("<SSEAlgorithm>(.*?)</SSEAlgorithm>").matcher(body);
            if (!m.find() || !List.of("AES256", "aws:kms", "aws:kms:dsse").contains(m.group(1))) {
                throw fault(400, "MalformedXML", "The XML you provided was not well-formed");
            }
            b.encryption = m.group(1);
            return ok(null);
        }
        if (method.equals("PUT") && query.containsKey("publicAccessBlock")) {
            b.publicAccessBlocked = List.of("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy",
                    "RestrictPublicBuckets").stream().allMatch(f -> body.contains("<" + f + ">true</" + f + ">"));
            return ok(null);
        }
        if (method.equals("PUT") && query.containsKey("tagging")) {
            b.tags.clear();
            Matcher m = TAG.matcher(body);
            while (m.find()) {
                b.tags.put(m.group(1), m.group(2));
            }
            return new Response(204, Map.of(), null);
        }
        if (method.equals("GET") && query.containsKey("tagging")) {
            if (b.tags.isEmpty()) {
                throw fault(404, "NoSuchTagSet", "The TagSet does not exist");
            }
            StringBuilder tags = new StringBuilder();
            b.tags.forEach((k, v) -> tags.append("<Tag>").append(el("Key", k)).append(el("Value", v)).append("</Tag>"));
            return ok("<Tagging xmlns=\"" + NS + "\"><TagSet>" + tags + "</TagSet></Tagging>");
        }
        if (method.equals("GET") && "2".equals(query.get("list-type"))) {
            return ok(listObjects(bucket, b, query));
        }
        if (method.equals("DELETE") && query.isEmpty()) {
            if (!b.objects.isEmpty()) {
                throw fault(409, "BucketNotEmpty", "The bucket you tried to delete is not empty");
            }
            buckets.remove(bucket);
            return new Response(204, Map.of(), null);
        }
        throw fault(501, "NotImplemented", "Not emulated: " + method + " " + rawPath + " " + query.keySet());
    }

    private Response createBucket(String bucket, String body) {
        if (!bucket.matches("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")) {
            throw fault(400, "InvalidBucketName", "The specified bucket is not valid.");
        }
        Matcher m = Pattern.compile("<LocationConstraint>(.*?)</LocationConstraint>").matcher(body);
        String location = m.find() ? m.group(1) : "us-east-1";
        if (!location.equals(DmsEmulator.REGION)) {
            throw fault(400, "IllegalLocationConstraintException", "The " + (m.find(0) ? location
                    : "unspecified") + " location constraint is incompatible for the region specific endpoint this "
                    + "request was sent to.");
        }
        if (foreign.containsKey(bucket)) {
            throw fault(409, "BucketAlreadyExists", "The requested bucket name is not available. The bucket namespace "
                    + "is shared by all users of the system. Please select a different name and try again.");
        }
        if (buckets.containsKey(bucket)) {
            throw fault(409, "BucketAlreadyOwnedByYou", "Your previous request to create the named bucket succeeded "
                    + "and you already own it.");
        }
        buckets.put(bucket, new Bucket(location));
        return new Response(200, Map.of("Location", "/" + bucket), null);
    }

    private String listBuckets() {
        StringBuilder out = new StringBuilder();
        buckets.forEach((name, b) -> out.append("<Bucket>").append(el("Name", name)).append(el("CreationDate",
                b.created.toString())).append("</Bucket>"));
        return "<ListAllMyBucketsResult xmlns=\"" + NS + "\"><Owner><ID>" + AwsEmulator.ACCOUNT + "</ID></Owner>"
                + "<Buckets>" + out + "</Buckets></ListAllMyBucketsResult>";
    }

    private static String listObjects(String name, Bucket b, Map<String, String> query) {
        String prefix = query.getOrDefault("prefix", "");
        int max = Integer.parseInt(query.getOrDefault("max-keys", "1000"));
        String after = query.get("continuation-token");
        List<String> keys = b.objects.keySet().stream().filter(k -> k.startsWith(prefix))
                .filter(k -> after == null || k.compareTo(after) > 0).toList();
        List<String> page = keys.subList(0, Math.min(max, keys.size()));
        boolean truncated = keys.size() > page.size();
        StringBuilder out = new StringBuilder("<ListBucketResult xmlns=\"" + NS + "\">").append(el("Name", name))
                .append(el("Prefix", prefix)).append(el("KeyCount", page.size())).append(el("MaxKeys", max))
                .append(el("IsTruncated", truncated));
        for (String k : page) {
            out.append("<Contents>").append(el("Key", k)).append(el("LastModified", b.created.toString()))
                    .append(el("ETag", "\"" + Integer.toHexString(k.hashCode()) + "\"")).append(el("Size",
                            b.objects.get(k).length)).append(el("StorageClass", "STANDARD")).append("</Contents>");
        }
        if (truncated) {
            out.append(el("NextContinuationToken", page.get(page.size() - 1)));
        }
        return out.append("</ListBucketResult>").toString();
    }

    private Bucket bucket(String name) {
        if (foreign.containsKey(name)) {
            throw fault(403, "AccessDenied", "Access Denied");
        }
        Bucket b = buckets.get(name);
        if (b == null) {
            throw fault(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        return b;
    }

    private static AwsFault fault(int status, String code, String message) {
        return new AwsFault(status, code, message);
    }

    private static Response ok(String xml) {
        return new Response(200, Map.of(), xml);
    }

    /** The S3 operation a request is (for the request log and fault injection). */
    static String operation(String method, String rawPath, Map<String, String> query) {
        String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        boolean object = path.indexOf('/') >= 0 && path.indexOf('/') < path.length() - 1;
        if (path.isEmpty()) {
            return "ListBuckets";
        }
        if (object) {
            return method.equals("DELETE") ? "DeleteObject" : method + "Object";
        }
        for (String sub : List.of("encryption", "publicAccessBlock", "tagging")) {
            if (query.containsKey(sub)) {
                String name = sub.equals("encryption") ? "BucketEncryption" : sub.equals("tagging") ? "BucketTagging"
                        : "PublicAccessBlock";
                return (method.equals("GET") ? "Get" : method.equals("DELETE") ? "Delete" : "Put") + name;
            }
        }
        return switch (method) {
            case "PUT" -> "CreateBucket";
            case "HEAD" -> "HeadBucket";
            case "DELETE" -> "DeleteBucket";
            default -> "2".equals(query.get("list-type")) ? "ListObjectsV2" : "GetBucket";
        };
    }

    /** What S3 answers. */
    record Response(int status, Map<String, String> headers, String xml) {
    }

    /** Serves one exchange (faults answered as S3's XML error documents). */
    void handle(HttpExchange ex, String method, Map<String, String> query, String body,
            java.util.function.Function<java.util.function.Supplier<Response>, Response> withFaults) throws IOException {
        String requestId = UUID.randomUUID().toString();
        Response r;
        try {
            r = withFaults.apply(() -> call(method, ex.getRequestURI().getRawPath(), query, body));
        } catch (AwsFault f) {
            r = new Response(f.status(), Map.of(), method.equals("HEAD") ? null : "<?xml version=\"1.0\" "
                    + "encoding=\"UTF-8\"?><Error>" + el("Code", f.code()) + el("Message", f.getMessage())
                    + el("RequestId", requestId) + "</Error>");
        }
        ex.getResponseHeaders().set("x-amz-request-id", requestId);
        r.headers().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        if (r.xml() == null) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        byte[] bytes = r.xml().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/xml");
        ex.sendResponseHeaders(r.status(), bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
