package org.eden.portail.identite;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.CredentialsException;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.CredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shiro's view of EDEN accounts: authentication against the Argon2id hashes kept in the database,
 * authorisation from the account's roles. The realm is created by Shiro (shiro.ini), outside CDI,
 * so it reaches the identity service through {@link CDI#current()}.
 * <p>
 * Every refusal raises the same exception type to the caller, so that no message tells an unknown
 * identifier from a wrong password; an unknown identifier still pays for one hash verification.
 */
public class EdenRealm extends AuthorizingRealm {

    public EdenRealm() {
        setName("eden");
        setCredentialsMatcher(argon2id());
        // Authorisation is recomputed per request from the database (no stale roles across nodes).
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken jeton = (UsernamePasswordToken) token;
        Optional<CompteAuthentification> compte = identite().comptePourAuthentification(jeton.getUsername());
        if (compte.isEmpty()) {
            HachageMotDePasse.verifierLeurre(jeton.getPassword() == null ? "" : new String(jeton.getPassword()));
            throw new CredentialsException("Identifiant ou mot de passe incorrect");
        }
        if (compte.get().statut() == StatutCompte.SUSPENDU) {
            // Checked after the password, so a suspended account says nothing to a wrong guess.
            if (!HachageMotDePasse.verifier(new String(jeton.getPassword()), compte.get().motDePasseHash())) {
                throw new CredentialsException("Identifiant ou mot de passe incorrect");
            }
            throw new DisabledAccountException("Compte suspendu");
        }
        return new SimpleAuthenticationInfo(compte.get().identifiant(), compte.get().motDePasseHash(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String identifiant = (String) getAvailablePrincipal(principals);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        identite().comptePourAuthentification(identifiant).ifPresent(compte -> {
            info.setRoles(compte.rolesCaf().stream().map(Enum::name).collect(Collectors.toSet()));
            info.setStringPermissions(PermissionsPortail.de(compte));
        });
        return info;
    }

    private static CredentialsMatcher argon2id() {
        return (token, info) -> HachageMotDePasse.verifier(
                new String(((UsernamePasswordToken) token).getPassword()),
                (String) info.getCredentials());
    }

    private static IdentiteService identite() {
        return CDI.current().select(IdentiteService.class).get();
    }
}
