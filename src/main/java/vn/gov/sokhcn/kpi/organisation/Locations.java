package vn.gov.sokhcn.kpi.organisation;

import java.net.URI;
import org.springframework.web.util.UriComponentsBuilder;

/** The Location of a created object, with its code percent-encoded (a code may hold Vietnamese letters). */
final class Locations {

    private Locations() {
    }

    static URI of(String template, Object... variables) {
        return UriComponentsBuilder.fromPath(template).encode().buildAndExpand(variables).toUri();
    }
}
