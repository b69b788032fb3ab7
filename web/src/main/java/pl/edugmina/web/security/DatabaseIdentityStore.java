package pl.edugmina.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import pl.edugmina.accounts.application.AuthenticationService;

import java.util.Set;

/** Jakarta Security identity store over the accounts table (hashing, lockout and audit are in the service). */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationService.Result r = authentication.authenticate(up.getCaller(), up.getPassword().getValue());
        if (r.outcome() != AuthenticationService.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(r.login(), Set.copyOf(r.roles()));
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
