package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.eden.portail.convention.Contact;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.convention.PermissionsConventions;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.identite.CompteCree;
import org.eden.portail.identite.CompteService;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.List;

/**
 * R-CONV-10, "modification d'un administrateur" (annex 3 of the contract): the administrateur Caf
 * records who replaces the administrateur partenaire or his suppléant. The change is made where
 * the role is derived — the accounts linked on the contrat de service of the convention
 * ({@link DroitsPartenaires} reads them at each request) — so the former administrator's
 * management rights end with the commit, on every screen, and his live sessions are closed then.
 * <p>
 * What becomes of the former account (a design choice, documented in docs/contextes.md): it stays
 * open only while it still holds a service habilitation (active or suspended); otherwise it is
 * <em>suspended</em>, with the reason — not deleted: its traces keep naming it, its identifier is
 * never reused (R-HAB-1), and the Caf can reactivate it if the person comes back.
 * <p>
 * Lives in the habilitation context because it needs the habilitations (R-HAB-12, the former's
 * remaining rights) and the account suspensions; the convention page reaches it through its own bean.
 */
@Stateless
public class RemplacementAdministrateurService {

    @Inject
    ConventionRepository conventions;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CompteService comptes;

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    Clock horloge;

    @ActionTracee(value = "REMPLACEMENT_ADMINISTRATEUR_PARTENAIRE", cible = "CONVENTION")
    public RemplacementEffectue remplacer(Long conventionId, DemandeRemplacement demande) {
        Convention convention = charger(conventionId);
        if (demande == null || demande.motif() == null || demande.motif().isBlank()) {
            throw new RegleMetierException("R-CONV-10", "Le motif du remplacement est obligatoire.");
        }
        Long organismeId = convention.getOrganisme().getId();
        Utilisateur nouveau;
        boolean cree;
        if (demande.compteExistantDesigne()) {
            nouveau = utilisateurs.parIdentifiantVerrouille(demande.identifiantExistant().trim().toUpperCase())
                    .filter(u -> u.getOrganisme() != null && u.getOrganisme().getId().equals(organismeId))
                    .orElseThrow(() -> new RegleMetierException("R-CONV-10", "Aucun compte « " + demande.identifiantExistant().trim()
                            + " » dans l'organisme « " + convention.getOrganisme().getNom() + " »."));
            cree = false;
        } else {
            CompteCree compte = comptes.creerComptePartenaire(organismeId, demande.nom(), demande.prenom(), demande.email());
            nouveau = utilisateurs.parIdentifiantVerrouille(compte.identifiant()).orElseThrow();
            cree = compte.nouveau();
        }
        if (!nouveau.peutSeConnecter()) {
            throw new RegleMetierException("R-CONV-10", "Le compte " + nouveau.getIdentifiant()
                    + " est suspendu : réactivez-le d'abord (pouvoirs de la Caf) pour lui confier l'administration.");
        }
        exigerAucunProfilCdap(nouveau);
        Contact contact = new Contact(nouveau.getNom(), nouveau.getPrenom(), demande.fonction(), nouveau.getEmail(),
                demande.telephone()).avecCompte(nouveau.getIdentifiant());
        Contact ancien = convention.remplacerAdministrateur(demande.suppleant(), contact, demande.motif(),
                GestionHabilitations.acteur(), horloge.instant());
        conventions.ecrire();
        return new RemplacementEffectue(nouveau.getIdentifiant(), cree, ancien == null ? null : ancien.getIdentifiantCompte(),
                ancien != null && perdLaGestion(convention, ancien));
    }

    @ActionTracee(value = "RETRAIT_SUPPLEANT", cible = "CONVENTION")
    public RemplacementEffectue retirerSuppleant(Long conventionId, String motif) {
        Convention convention = charger(conventionId);
        Contact ancien = convention.retirerSuppleant(motif, GestionHabilitations.acteur(), horloge.instant());
        conventions.ecrire();
        return new RemplacementEffectue(null, false, ancien.getIdentifiantCompte(), perdLaGestion(convention, ancien));
    }

    /**
     * R-CONV-10, R-SESS-3: the former administrator's sessions end once this is committed; his
     * account stays open only for the service habilitations he still holds. Answers whether it
     * was suspended.
     */
    private boolean perdLaGestion(Convention convention, Contact ancien) {
        String identifiant = ancien.getIdentifiantCompte();
        if (identifiant == null || GestionHabilitations.estAdministrateurOuSuppleant(convention, identifiant)) {
            return false;
        }
        Utilisateur compte = utilisateurs.parIdentifiantVerrouille(identifiant).orElse(null);
        if (compte == null) {
            return false;
        }
        gestion.fermerSessions(List.of(identifiant));
        if (!depot.habilitationsEnVigueur(compte.getId()).isEmpty() || !compte.peutSeConnecter()) {
            return false;
        }
        gestion.suspendreCompte(compte, "R-CONV-10 : n'est plus administrateur partenaire ni suppléant de la convention n° "
                + convention.getNumero() + " et ne détient aucune habilitation de service");
        return true;
    }

    /** R-HAB-12: the administrateur and his suppléant never consult a beneficiary's file. */
    private void exigerAucunProfilCdap(Utilisateur utilisateur) {
        List<String> cdap = depot.habilitationsEnVigueur(utilisateur.getId()).stream()
                .filter(h -> ServiceCatalogue.CDAP.equals(h.getService()))
                .map(h -> h.getService() + " " + h.getProfil())
                .toList();
        if (!cdap.isEmpty()) {
            throw new RegleMetierException("R-HAB-12", utilisateur.getNomComplet() + " (" + utilisateur.getIdentifiant()
                    + ") détient " + String.join(", ", cdap) + " : l'administrateur partenaire et son suppléant ne consultent"
                    + " jamais de dossier allocataire. Retirez-le d'abord de ses groupes CDAP.");
        }
    }

    /** The convention, row-locked, once the caller may record conventions for its Caf (the administrateur Caf). */
    private Convention charger(Long conventionId) {
        Convention convention = conventions.conventionVerrouillee(conventionId)
                .orElseThrow(() -> new UnauthorizedException("Convention inconnue ou hors de votre portée."));
        SecurityUtils.getSubject().checkPermission(PermissionsConventions.CONVENTION_ENREGISTRER.sur(convention.getCaf().getCode()));
        return convention;
    }
}
