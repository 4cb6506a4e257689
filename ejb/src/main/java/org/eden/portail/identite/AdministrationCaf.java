package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.eden.portail.shared.Caf;

/**
 * R-HAB-7: the Caf whose partners' accounts the caller manages — an agent of a Caf (not a
 * partner's user, not the Cnaf) holding {@code compte:gerer:<caf>} ({@link PermissionsIdentite});
 * anyone else is refused. The one check behind the Caf's back office of its partners'
 * habilitations (habilitation.PouvoirsCafService) and of its mails in failure
 * ({@link CourrielsEnEchecService}).
 */
@ApplicationScoped
public class AdministrationCaf {

    @Inject
    UtilisateurRepository utilisateurs;

    /** The caller's Caf, once he is checked its administrator. */
    public Caf cafDeLAppelant() {
        Utilisateur moi = utilisateurs.parIdentifiant(String.valueOf(SecurityUtils.getSubject().getPrincipal()))
                .filter(u -> u.getCaf() != null && u.getOrganisme() == null)
                .orElseThrow(() -> new UnauthorizedException("Réservé aux administrateurs d'une Caf."));
        SecurityUtils.getSubject().checkPermission(PermissionsIdentite.gererComptesDe(moi.getCaf().getCode()));
        return moi.getCaf();
    }
}
