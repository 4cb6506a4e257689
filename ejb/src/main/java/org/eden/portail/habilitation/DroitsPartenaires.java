package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.identite.DroitsPartenaire;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;

import java.util.List;
import java.util.Optional;

/**
 * The one source of a partner account's rights, read by the realm at each request (so a
 * suspension, a devalidation, a reprise en main take effect at once, cluster-wide). A habilitation
 * is usable when it is active, its account is not suspended and its convention is active — a
 * suspended convention stops them all and keeps them (R-CONV-8). The administrateur partenaire and
 * his suppléant are read from the contrat of the convention in force (R-HAB-12: no service role of
 * their own unless they joined groups).
 */
@Stateless
public class DroitsPartenaires {

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    HabilitationRepository depot;

    @Inject
    GestionHabilitations gestion;

    public Optional<DroitsPartenaire> de(String identifiant) {
        return utilisateurs.parIdentifiant(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .map(this::droits);
    }

    private DroitsPartenaire droits(Utilisateur utilisateur) {
        Long organismeId = utilisateur.getOrganisme().getId();
        Convention convention = gestion.conventionEnVigueur(organismeId).orElse(null);
        if (!GestionHabilitations.estActive(convention) || !utilisateur.peutSeConnecter()) {
            return DroitsPartenaire.aucun(organismeId);
        }
        boolean administrateur = GestionHabilitations.estAdministrateurOuSuppleant(convention, utilisateur.getIdentifiant());
        boolean responsable = !depot.responsabilitesDe(utilisateur.getId()).isEmpty();
        boolean deleguee = convention.getContrat().getMode() == ModeGestion.DELEGUE && !gestion.delegationRetiree(organismeId);
        List<String> services = gestion.habilitationsUtilisables(utilisateur, convention).stream()
                .map(h -> h.getService() + ":" + h.getProfil())
                .toList();
        return new DroitsPartenaire(organismeId, administrateur, responsable, deleguee, services);
    }
}
