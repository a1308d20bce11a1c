package vn.khenthuong.security;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who the engine knows is acting in this command: the person signed in to Tasklist or /engine-rest. */
@Component
public class EngineUser {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    public EngineUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    public Optional<String> current() {
        Authentication auth = identityService.getCurrentAuthentication();
        return Optional.ofNullable(auth == null ? null : auth.getUserId());
    }

    public String currentOrSystem() {
        return current().orElse(SYSTEM);
    }

    /**
     * Runs work the process does on its own behalf (not the person's): without the acting user's
     * authorization checks, which are restored afterwards.
     */
    public <T> T asSystem(java.util.function.Supplier<T> work) {
        Authentication acting = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (acting != null) {
                identityService.setAuthentication(acting);
            }
        }
    }
}
