package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.authz.UnauthorizedException;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ModeGestion;
import org.eden.portail.identite.AdministrationCaf;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * R-HAB-7: what the Caf may do on its partners' habilitations whatever the management mode —
 * suspend as a precaution, force password changes (one user or a whole organisation), withdraw
 * the delegation ("reprise en main") and restore it. Permission {@code compte:gerer:<caf>},
 * checked against the Caf of the organisation loaded. While the Caf manages (centralised mode or
 * after a reprise en main), {@link GroupeService} and {@link UtilisateursPartenaireService} accept
 * its administrateur for everything else.
 */
@Stateless
public class PouvoirsCafService {

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    Clock horloge;

    @Inject
    CafRepository cafs;

    @Inject
    AdministrationCaf administration;

    @ActionTracee(value = "SUSPENSION_CONSERVATOIRE_UTILISATEUR", cible = "UTILISATEUR")
    public UtilisateurVue suspendreUtilisateur(String identifiant, String motif) {
        return gestion.suspendreCompte(compteDUnPartenaire(identifiant), motif);
    }

    @ActionTracee(value = "REACTIVATION_UTILISATEUR_CAF", cible = "UTILISATEUR")
    public UtilisateurVue reactiverUtilisateur(String identifiant, String motif) {
        return gestion.reactiverCompte(compteDUnPartenaire(identifiant), motif);
    }

    @ActionTracee(value = "SUSPENSION_CONSERVATOIRE_HABILITATION", cible = "HABILITATION")
    public HabilitationVue suspendreHabilitation(Long habilitationId, String motif) {
        return gestion.suspendreHabilitation(habilitationDUnPartenaire(habilitationId), motif);
    }

    @ActionTracee(value = "REACTIVATION_HABILITATION_CAF", cible = "HABILITATION")
    public HabilitationVue reactiverHabilitation(Long habilitationId) {
        return gestion.reactiverHabilitation(habilitationDUnPartenaire(habilitationId));
    }

    /** R-HAB-7, R-SESS-3: the next login starts with a new password; the live session ends now. */
    @ActionTracee(value = "CHANGEMENT_MOT_DE_PASSE_FORCE", cible = "UTILISATEUR")
    public void forcerChangementMotDePasse(String identifiant) {
        Utilisateur utilisateur = compteDUnPartenaire(identifiant);
        utilisateur.forcerChangementMotDePasse();
        gestion.fermerSessions(List.of(utilisateur.getIdentifiant()));
    }

    /** R-HAB-7: every account of the organisation; answers how many. */
    @ActionTracee(value = "CHANGEMENT_MOT_DE_PASSE_FORCE_ORGANISME", cible = "ORGANISME")
    public int forcerChangementMotDePasseOrganisme(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        List<Utilisateur> comptes = utilisateurs.deLOrganisme(organisme.getId());
        comptes.forEach(Utilisateur::forcerChangementMotDePasse);
        gestion.fermerSessions(comptes.stream().map(Utilisateur::getIdentifiant).toList());
        return comptes.size();
    }

    /**
     * R-HAB-7 "reprise en main": the partner's administrateur, suppléant and responsables lose their
     * management rights at once (permissions are derived at each request); the Caf manages.
     */
    @ActionTracee(value = "REPRISE_EN_MAIN", cible = "ORGANISME")
    public void reprendreLaMain(Long organismeId, String motif) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        DelegationHabilitations delegation = depot.delegation(organisme.getId())
                .orElseGet(() -> new DelegationHabilitations(organisme.getId()));
        if (delegation.isRetiree()) {
            throw new RegleMetierException("R-HAB-7", "La Caf a déjà repris la main sur les habilitations de « " + organisme.getNom() + " ».");
        }
        delegation.retirer(GestionHabilitations.acteur(), motif, horloge.instant());
        depot.enregistrer(delegation);
    }

    @ActionTracee(value = "RESTITUTION_DELEGATION", cible = "ORGANISME")
    public void restituerDelegation(Long organismeId, String motif) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        DelegationHabilitations delegation = depot.delegation(organisme.getId())
                .filter(DelegationHabilitations::isRetiree)
                .orElseThrow(() -> new RegleMetierException("R-HAB-7", "La délégation de « " + organisme.getNom()
                        + " » n'a pas été retirée."));
        delegation.restaurer(GestionHabilitations.acteur(), motif, horloge.instant());
    }

    /** Whether the Caf manages the partner today (centralised mode, or delegation withdrawn). */
    @ActionTracee(value = "CONSULTATION_DELEGATION", cible = "ORGANISME")
    public boolean laCafGere(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        return gestion.laCafGere(gestion.conventionEnVigueur(organisme.getId()).orElse(null));
    }

    /** R-HAB-7: the partners of the caller's Caf, with their mode and whether the delegation is withdrawn. */
    @ActionTracee(value = "CONSULTATION_PARTENAIRES_HABILITATIONS")
    public List<PartenaireHabilitations> partenaires() {
        return cafs.organismesDe(administration.cafDeLAppelant()).stream()
                .sorted(Comparator.comparing(OrganismePartenaire::getNom, String.CASE_INSENSITIVE_ORDER))
                .map(this::partenaire)
                .toList();
    }

    /** R-HAB-7: one partner, for its back-office page. */
    @ActionTracee(value = "CONSULTATION_PARTENAIRE_HABILITATIONS", cible = "ORGANISME")
    public PartenaireHabilitations partenaire(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        return partenaire(organisme);
    }

    /** R-HAB-7: the partner's accounts with their habilitations, for the Caf's precautionary actions. */
    @ActionTracee(value = "CONSULTATION_COMPTES_PARTENAIRE", cible = "ORGANISME")
    public List<UtilisateurVue> comptes(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        GestionHabilitations.exigerPouvoirsCaf(organisme);
        return utilisateurs.deLOrganisme(organisme.getId()).stream()
                .sorted(Comparator.comparing(Utilisateur::getNom, String.CASE_INSENSITIVE_ORDER).thenComparing(Utilisateur::getIdentifiant))
                .map(gestion::vue)
                .toList();
    }

    private PartenaireHabilitations partenaire(OrganismePartenaire o) {
        Convention convention = gestion.conventionEnVigueur(o.getId()).orElse(null);
        DelegationHabilitations delegation = depot.delegation(o.getId()).orElse(null);
        return new PartenaireHabilitations(o.getId(), o.getNom(), o.getSiret(),
                convention == null ? null : convention.getNumero(),
                convention == null ? null : convention.getStatut().getLibelle(),
                convention == null ? null : convention.getContrat().getMode().getLibelle(),
                convention != null && convention.getContrat().getMode() == ModeGestion.CENTRALISE,
                delegation != null && delegation.isRetiree(),
                delegation == null ? null : delegation.getMotif(),
                delegation == null ? null : delegation.getModifieeLe(),
                utilisateurs.deLOrganisme(o.getId()).size());
    }

    private Utilisateur compteDUnPartenaire(String identifiant) {
        Utilisateur utilisateur = utilisateurs.parIdentifiantVerrouille(identifiant)
                .filter(u -> u.getOrganisme() != null)
                .orElseThrow(() -> new UnauthorizedException("Compte partenaire inconnu ou hors de votre portée."));
        GestionHabilitations.exigerPouvoirsCaf(utilisateur.getOrganisme());
        return utilisateur;
    }

    private Habilitation habilitationDUnPartenaire(Long habilitationId) {
        Habilitation habilitation = depot.habilitation(habilitationId)
                .orElseThrow(() -> new UnauthorizedException("Habilitation inconnue ou hors de votre portée."));
        GestionHabilitations.exigerPouvoirsCaf(habilitation.getUtilisateur().getOrganisme());
        return habilitation;
    }
}
