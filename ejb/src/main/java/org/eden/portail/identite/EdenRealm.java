package org.eden.portail.identite;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.ExpiredCredentialsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.eden.portail.shared.DroitsPartenaire;
import org.eden.portail.shared.PermissionsDuContexte;

import java.util.stream.Collectors;

/**
 * Shiro's view of EDEN accounts. The identity service checks the credentials and records the
 * attempt in one transaction (failure count, freeze, R-AUTH-1), so the realm's own credentials
 * matcher has nothing left to compare. Every refusal becomes a Shiro exception whose type says
 * why, for the traces; the screens show all of them as the same message.
 * <p>
 * The realm is created by Shiro (shiro.ini), outside CDI, so it reaches the service through
 * {@link CDI#current()}. Authorisation is read from the database once per request
 * ({@link AutorisationsDeLaRequete}): no stale roles on another node of the cluster. The realm knows no permission: it assembles what each context
 * grants ({@link PermissionsDuContexte}) from the account and its partner side
 * ({@link SourceDroitsPartenaire}), so identite imports none of the contexts above it.
 */
public class EdenRealm extends AuthorizingRealm {

    public EdenRealm() {
        setName("eden");
        setCredentialsMatcher(new AllowAllCredentialsMatcher());
        setAuthorizationCachingEnabled(false);
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        UsernamePasswordToken jeton = (UsernamePasswordToken) token;
        String identifiant = jeton.getUsername() == null ? "" : jeton.getUsername().trim().toUpperCase();
        String motDePasse = jeton.getPassword() == null ? "" : new String(jeton.getPassword());
        ResultatAuthentification resultat = identite().authentifier(identifiant, motDePasse);
        return switch (resultat) {
            case ACCEPTEE -> new SimpleAuthenticationInfo(identifiant, jeton.getPassword(), getName());
            case IDENTIFIANT_INCONNU -> throw new UnknownAccountException(resultat.name());
            case MOT_DE_PASSE_INCORRECT -> throw new IncorrectCredentialsException(resultat.name());
            case GEL_DECLENCHE, COMPTE_GELE -> throw new ExcessiveAttemptsException(resultat.name());
            case COMPTE_SUSPENDU -> throw new DisabledAccountException(resultat.name());
            case PROVISOIRE_EXPIRE -> throw new ExpiredCredentialsException(resultat.name());
        };
    }

    /** Once per request and caller ({@link AutorisationsDeLaRequete}), however many checks it makes. */
    @Override
    protected AuthorizationInfo getAuthorizationInfo(PrincipalCollection principals) {
        if (principals == null) {
            return null;
        }
        return AutorisationsDeLaRequete.de(getAvailablePrincipal(principals), () -> super.getAuthorizationInfo(principals));
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        String identifiant = (String) getAvailablePrincipal(principals);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        identite().comptePourAutorisation(identifiant)
                .filter(compte -> compte.statut() != StatutCompte.SUSPENDU)
                .ifPresent(compte -> {
                    info.setRoles(compte.rolesCaf().stream().map(Enum::name).collect(Collectors.toSet()));
                    info.setStringPermissions(PermissionsPortail.assembler(contextes(),
                            PermissionsPortail.habilitant(compte, partenaire(compte))));
                });
        return info;
    }

    /**
     * The partner side, read once and handed to every context: who administers the organisation,
     * who is responsable, which services are usable now (R-HAB-*, R-CONV-8).
     */
    private static DroitsPartenaire partenaire(CompteAuthentification compte) {
        if (compte.organismeId() == null) {
            return DroitsPartenaire.aucun(null);
        }
        return CDI.current().select(SourceDroitsPartenaire.class).get().de(compte.identifiant())
                .orElse(DroitsPartenaire.aucun(compte.organismeId()));
    }

    /** Every context's contribution, whichever contexts the deployment holds. */
    private static Iterable<PermissionsDuContexte> contextes() {
        return CDI.current().select(PermissionsDuContexte.class, Any.Literal.INSTANCE);
    }

    private static IdentiteService identite() {
        return CDI.current().select(IdentiteService.class).get();
    }
}
