package org.dmspilot.core.dms.emulator;

import static org.dmspilot.core.dms.emulator.QueryXml.el;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * IAM roles (GetRole, CreateRole, AttachRolePolicy, ListAttachedRolePolicies, PutRolePolicy, ListRoles,
 * ListRolePolicies, DetachRolePolicy, DeleteRolePolicy, DeleteRole) and STS identity. As in IAM, a role with attached
 * or inline policies cannot be deleted (DeleteConflict), and ListRoles returns no tags.
 */
public final class IamEmulator {
    /** A role as IAM keeps it. */
    public record Role(String name, String trust, Instant created, Map<String, String> tags, List<String> policies,
            Map<String, String> inline) {
        String arn() {
            return "arn:aws:iam::" + AwsEmulator.ACCOUNT + ":role/" + name;
        }
    }

    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final AtomicInteger propagationChecks = new AtomicInteger();
    private int propagationAfterCreate;

    /** DMS will see a newly created dms-vpc-role as "not configured" for this many checks (IAM propagation). */
    public synchronized IamEmulator propagationDelay(int checks) {
        propagationAfterCreate = checks;
        return this;
    }

    /** Adds a role as if it pre-existed in the account, with its policies attached. */
    public synchronized IamEmulator existingRole(String name, String... policyArns) {
        roles.put(name, new Role(name, "{}", Instant.now(), new LinkedHashMap<>(), new ArrayList<>(List.of(policyArns)),
                new LinkedHashMap<>()));
        return this;
    }

    public synchronized Map<String, Role> roles() {
        return Map.copyOf(roles);
    }

    /** Whether DMS may use dms-vpc-role now: it exists with its policy, and has propagated. */
    synchronized boolean vpcRoleReady() {
        Role role = roles.get("dms-vpc-role");
        if (role == null || role.policies().stream().noneMatch(p -> p.endsWith("/AmazonDMSVPCManagementRole"))) {
            return false;
        }
        return propagationChecks.getAndUpdate(n -> Math.max(0, n - 1)) == 0;
    }

    synchronized String call(String service, String op, Map<String, String> p) {
        if (service.equals("sts")) {
            if (!op.equals("GetCallerIdentity")) {
                throw new AwsFault(400, "InvalidAction", "Unsupported STS action " + op);
            }
            return el("Arn", "arn:aws:iam::" + AwsEmulator.ACCOUNT + ":user/dba") + el("UserId", "AIDAEMULATOR")
                    + el("Account", AwsEmulator.ACCOUNT);
        }
        String name = p.get("RoleName");
        return switch (op) {
            case "GetRole" -> roleXml(require(name));
            case "CreateRole" -> {
                if (roles.containsKey(name)) {
                    throw new AwsFault(409, "EntityAlreadyExists", "Role with name " + name + " already exists.");
                }
                Map<String, String> tags = new LinkedHashMap<>();
                for (int i = 1; p.containsKey("Tags.member." + i + ".Key"); i++) {
                    tags.put(p.get("Tags.member." + i + ".Key"), p.get("Tags.member." + i + ".Value"));
                }
                Role role = new Role(name, p.get("AssumeRolePolicyDocument"), Instant.now(), tags, new ArrayList<>(),
                        new LinkedHashMap<>());
                roles.put(name, role);
                if (name.equals("dms-vpc-role")) {
                    propagationChecks.set(propagationAfterCreate);
                }
                yield roleXml(role);
            }
            case "AttachRolePolicy" -> {
                List<String> policies = require(name).policies();
                if (!policies.contains(p.get("PolicyArn"))) {
                    policies.add(p.get("PolicyArn"));
                }
                yield null;
            }
            case "PutRolePolicy" -> {
                require(name).inline().put(p.get("PolicyName"), p.get("PolicyDocument"));
                yield null;
            }
            case "ListAttachedRolePolicies" -> {
                StringBuilder sb = new StringBuilder("<AttachedPolicies>");
                require(name).policies().forEach(a -> sb.append("<member>")
                        .append(el("PolicyName", a.substring(a.lastIndexOf('/') + 1))).append(el("PolicyArn", a))
                        .append("</member>"));
                yield sb.append("</AttachedPolicies>").append(el("IsTruncated", false)).toString();
            }
            case "ListRoles" -> {
                StringBuilder sb = new StringBuilder("<Roles>");
                roles.values().forEach(r -> sb.append("<member>").append(el("Path", "/")).append(el("RoleName",
                        r.name())).append(el("RoleId", "AROA" + Math.abs(r.name().hashCode()))).append(el("Arn",
                        r.arn())).append(el("CreateDate", r.created().toString())).append("</member>"));
                yield sb.append("</Roles>").append(el("IsTruncated", false)).toString();
            }
            case "ListRolePolicies" -> {
                StringBuilder sb = new StringBuilder("<PolicyNames>");
                require(name).inline().keySet().forEach(n -> sb.append(el("member", n)));
                yield sb.append("</PolicyNames>").append(el("IsTruncated", false)).toString();
            }
            case "DetachRolePolicy" -> {
                if (!require(name).policies().remove(p.get("PolicyArn"))) {
                    throw new AwsFault(404, "NoSuchEntity", "Policy " + p.get("PolicyArn") + " was not found.");
                }
                yield null;
            }
            case "DeleteRolePolicy" -> {
                if (require(name).inline().remove(p.get("PolicyName")) == null) {
                    throw new AwsFault(404, "NoSuchEntity", "The role policy with name " + p.get("PolicyName")
                            + " cannot be found.");
                }
                yield null;
            }
            case "DeleteRole" -> {
                Role role = require(name);
                if (!role.policies().isEmpty() || !role.inline().isEmpty()) {
                    throw new AwsFault(409, "DeleteConflict", "Cannot delete entity, must detach all policies"
                            + " first.");
                }
                roles.remove(name);
                yield null;
            }
            default -> throw new AwsFault(400, "InvalidAction", "Unsupported IAM action " + op);
        };
    }

    private Role require(String name) {
        Role role = roles.get(name);
        if (role == null) {
            throw new AwsFault(404, "NoSuchEntity", "The role with name " + name + " cannot be found.");
        }
        return role;
    }

    private static String roleXml(Role r) {
        StringBuilder tags = new StringBuilder();
        r.tags().forEach((k, v) -> tags.append("<member>").append(el("Key", k)).append(el("Value", v))
                .append("</member>"));
        return "<Role>" + el("Path", "/") + el("RoleName", r.name()) + el("RoleId", "AROA" + Math.abs(r.name()
                .hashCode())) + el("Arn", r.arn()) + el("CreateDate", r.created().toString())
                + el("AssumeRolePolicyDocument", URLEncoder.encode(r.trust(), StandardCharsets.UTF_8))
                + "<Tags>" + tags + "</Tags></Role>";
    }
}
