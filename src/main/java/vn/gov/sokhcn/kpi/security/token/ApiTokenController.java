package vn.gov.sokhcn.kpi.security.token;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/api-tokens}: an administrator's (see SecurityConfiguration) tokens for other systems. */
@RestController
@RequestMapping("/api/api-tokens")
class ApiTokenController {
    private final ApiTokens tokens;

    ApiTokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** 201 with the token: the only answer that ever shows it. */
    @PostMapping
    ResponseEntity<IssuedApiToken> create(@RequestBody ApiTokenRequest request) {
        IssuedApiToken issued = tokens.create(request);
        return ResponseEntity.created(URI.create("/api/api-tokens/" + issued.apiToken().id())).body(issued);
    }

    @GetMapping
    List<ApiTokenView> list() {
        return tokens.list();
    }

    /** Revokes: the row stays, with who revoked it and when, so its past uses keep their name. */
    @DeleteMapping("/{id}")
    ApiTokenView revoke(@PathVariable long id) {
        return tokens.revoke(id);
    }
}
