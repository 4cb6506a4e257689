package org.eden.portail.afas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;
import org.apache.shiro.subject.Subject;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who the caller is on an équipement, the one derivation the AFAS services share: the roles he
 * was assigned on it (R-AFAS-1) that he still holds in his habilitations ({@code afas:<rôle>},
 * gone with a suspended habilitation or convention), within his organisation
 * ({@code afas:declarer:<organisme>}). Always against the équipement loaded, never a request's word.
 */
@ApplicationScoped
class AccesAfas {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    AfasRepository depot;

    Utilisateur appelant() {
        Object principal = SecurityUtils.getSubject().getPrincipal();
        if (principal == null) {
            throw new UnauthenticatedException("Connexion requise");
        }
        return utilisateurs.parIdentifiant(principal.toString()).orElseThrow(() -> new AuthorizationException("Compte inconnu"));
    }

    /** The caller's Caf when he is one of its agents: null for a partner's user or a Cnaf agent. */
    String cafDeLAgent() {
        Utilisateur moi = appelant();
        return moi.getOrganisme() != null || moi.getCaf() == null ? null : moi.getCaf().getCode();
    }

    /** The caller's usable roles on the équipement; empty for a person of another organisation. */
    Set<RoleAfas> roles(Equipement equipement) {
        Subject sujet = SecurityUtils.getSubject();
        Set<RoleAfas> roles = EnumSet.noneOf(RoleAfas.class);
        if (!sujet.isPermitted(PermissionsAfas.DECLARER.sur(equipement.getOrganisme().getId()))) {
            return roles;
        }
        String moi = appelant().getIdentifiant();
        List<AffectationEquipement> affectations = depot.affectations(equipement.getId());
        affectations.stream().filter(a -> a.getUtilisateur().getIdentifiant().equals(moi))
                .map(AffectationEquipement::getRole)
                .filter(r -> sujet.isPermitted(r.permission()))
                .forEach(roles::add);
        return roles;
    }

    /** R-AFAS-3: every AFAS user of the équipement reads all of it. */
    Set<RoleAfas> exigerLecteur(Equipement equipement) {
        Set<RoleAfas> roles = roles(equipement);
        if (roles.isEmpty()) {
            throw new AuthorizationException("R-AFAS-3 : vous n'êtes ni fournisseur de données ni approbateur de l'équipement « "
                    + equipement.getNom() + " » (" + PermissionsAfas.DECLARER.sur(equipement.getOrganisme().getId()) + ").");
        }
        return roles;
    }

    /** R-AFAS-3, R-AFAS-5: the caller holds this role on the équipement. */
    void exigerRole(Equipement equipement, RoleAfas role, String regle) {
        if (!roles(equipement).contains(role)) {
            throw new AuthorizationException(regle + " : seul un " + role.getLibelle().toLowerCase() + " de l'équipement « "
                    + equipement.getNom() + " » peut faire cela (" + role.permission() + ").");
        }
    }

    /** A provider of either part (who opens, justifies and submits). */
    void exigerFournisseur(Equipement equipement) {
        Set<RoleAfas> roles = roles(equipement);
        if (!roles.contains(RoleAfas.FOURNISSEUR_ACTIVITE) && !roles.contains(RoleAfas.FOURNISSEUR_FINANCIER)) {
            throw new AuthorizationException("R-AFAS-3 : seuls les fournisseurs de données de l'équipement « " + equipement.getNom()
                    + " » ouvrent, justifient et soumettent ses déclarations.");
        }
    }
}
