package org.eden.portail.identite;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.OrganismePartenaire;

import java.time.Clock;
import java.util.Comparator;
import java.util.Optional;

/** Accounts as seen by authentication and by their owner. */
@Stateless
public class IdentiteService {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    public Optional<CompteAuthentification> comptePourAuthentification(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant).map(u -> new CompteAuthentification(
                u.getIdentifiant(),
                u.getMotDePasseHash(),
                u.getStatut(),
                u.getRolesCaf(),
                Optional.ofNullable(u.getCaf()).map(Caf::getCode).orElse(null),
                Optional.ofNullable(u.getOrganisme()).map(OrganismePartenaire::getId).orElse(null)));
    }

    /** Called once Shiro has accepted the credentials: records the login, answers the previous one. */
    public ConnexionOuverte connexionReussie(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiant(identifiant).orElseThrow();
        var precedente = utilisateur.enregistrerConnexion(horloge.instant());
        return new ConnexionOuverte(utilisateur.getIdentifiant(), utilisateur.getNomComplet(),
                rattachement(utilisateur), precedente.orElse(null));
    }

    public Optional<ProfilUtilisateur> profil(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant).map(u -> new ProfilUtilisateur(
                u.getIdentifiant(), u.getNom(), u.getPrenom(), u.getEmail(), u.getStatut().getLibelle(),
                rattachement(u),
                u.getRolesCaf().stream().sorted(Comparator.naturalOrder()).map(RoleCaf::getLibelle).toList(),
                u.getDerniereConnexion(), u.getCreeLe()));
    }

    private static String rattachement(Utilisateur u) {
        if (u.getOrganisme() != null) {
            return u.getOrganisme().getNom();
        }
        if (u.getCaf() != null) {
            return u.getCaf().getNom();
        }
        return "Cnaf";
    }
}
