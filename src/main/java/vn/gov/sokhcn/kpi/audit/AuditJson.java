package vn.gov.sokhcn.kpi.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An object as the JSON of an audit event: Jackson's view of it with every field whose name holds
 * "password" (password, passwordHash, ...) removed at any depth, so no password or hash is ever written.
 */
@Component
class AuditJson {
    private final JsonMapper mapper;

    AuditJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode tree = mapper.valueToTree(value);
        withoutPasswords(tree);
        return mapper.writeValueAsString(tree);
    }

    JsonNode read(String text) {
        return text == null ? null : mapper.readTree(text);
    }

    private static void withoutPasswords(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> secret = new ArrayList<>();
            for (String name : object.propertyNames()) {
                if (name.toLowerCase(Locale.ROOT).contains("password")) {
                    secret.add(name);
                }
            }
            secret.forEach(object::remove);
        }
        if (node.isContainer()) {
            node.values().forEach(AuditJson::withoutPasswords);
        }
    }
}
