package org.eden.portail.afas;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.convention.ServiceCatalogue;
import org.eden.portail.habilitation.HabilitationRepository;
import org.eden.portail.habilitation.StatutHabilitation;
import org.eden.portail.identite.SourceDroitsPartenaire;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.Adresse;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * R-AFAS-1, R-HAB-4: the équipements of a partner and who provides and approves their
 * declarations. The Caf's administrateur records équipements; the partner's AFAS-Habiliter users
 * (the approbateur role) assign, per équipement, up to 2 activity providers, up to 2 financial
 * providers and exactly one approver, among the users holding those roles. The count is the
 * database's, under the équipement's row lock (the quota lock of the habilitations).
 */
@Stateless
public class EquipementService {

    @Inject
    AfasRepository depot;

    @Inject
    CafRepository cafs;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    HabilitationRepository habilitations;

    @Inject
    SourceDroitsPartenaire droits;

    @Inject
    AccesAfas acces;

    @Inject
    Clock horloge;

    /** R-AFAS-1: the Caf records an équipement of one of its partners. */
    @ActionTracee(value = "AFAS_ENREGISTREMENT_EQUIPEMENT", cible = "ORGANISME")
    public EquipementVue enregistrer(Long organismeId, NouvelEquipement demande) {
        OrganismePartenaire organisme = cafs.organisme(organismeId)
                .orElseThrow(() -> new RegleMetierException("R-AFAS-1", "Organisme n° " + organismeId + " introuvable."));
        SecurityUtils.getSubject().checkPermission(PermissionsAfas.EQUIPEMENTS.sur(organisme.getCaf().getCode()));
        if (demande == null) {
            throw new RegleMetierException("R-AFAS-1", "Décrivez l'équipement.");
        }
        String dossier = demande.numeroDossier() == null ? null : demande.numeroDossier().trim().toUpperCase(Locale.ROOT);
        if (dossier != null && depot.equipementsDe(organismeId).stream().anyMatch(e -> e.getNumeroDossier().equals(dossier))) {
            throw new RegleMetierException("R-AFAS-1", "Un équipement porte déjà le numéro de dossier " + dossier + ".");
        }
        Equipement e = depot.enregistrer(new Equipement(organisme, demande.nom(), demande.type(),
                new Adresse(demande.adresse(), demande.codePostal(), demande.commune()), dossier, demande.placesAgreees(),
                demande.heuresOuvertureJour()));
        depot.ecrire();
        return EquipementVue.de(e, List.of());
    }

    /** The partner's équipements with their providers: its AFAS-Habiliter users, and the Caf's staff who record them. */
    @ActionTracee(value = "AFAS_CONSULTATION_EQUIPEMENTS", cible = "ORGANISME")
    public List<EquipementVue> equipementsDe(Long organismeId) {
        OrganismePartenaire organisme = cafs.organisme(organismeId)
                .orElseThrow(() -> new RegleMetierException("R-AFAS-1", "Organisme n° " + organismeId + " introuvable."));
        exigerHabiliterOuCaf(organisme);
        return depot.equipementsDe(organismeId).stream().map(e -> EquipementVue.de(e, depot.affectations(e.getId()))).toList();
    }

    /** The équipements where the caller holds a role (R-AFAS-3: he reads them all). */
    @ActionTracee(value = "AFAS_CONSULTATION_EQUIPEMENTS", cible = "UTILISATEUR")
    public List<EquipementVue> mesEquipements() {
        Utilisateur moi = acces.appelant();
        return depot.equipementsDeLUtilisateur(moi.getId()).stream()
                .filter(e -> !acces.roles(e).isEmpty())
                .map(e -> EquipementVue.de(e, depot.affectations(e.getId()))).toList();
    }

    /** The caller's organisation (null for a Caf agent): where the assignment screen opens by default. */
    public Long monOrganisme() {
        OrganismePartenaire o = acces.appelant().getOrganisme();
        return o == null ? null : o.getId();
    }

    /** The users of the partner who hold the AFAS role now (candidates for an assignment). */
    public List<AffectationVue> candidats(Long equipementId, RoleAfas role) {
        Equipement e = equipement(equipementId);
        exigerHabiliterOuCaf(e.getOrganisme());
        return habilitations.habilitationsEnVigueurDeLOrganisme(e.getOrganisme().getId()).stream()
                .filter(h -> ServiceCatalogue.AFAS.equals(h.getService()) && role.name().equals(h.getProfil())
                        && h.getStatut() == StatutHabilitation.ACTIVE)
                .map(h -> h.getUtilisateur())
                .distinct()
                .sorted(Comparator.comparing(Utilisateur::getNomComplet))
                .map(u -> new AffectationVue(u.getIdentifiant(), u.getNomComplet(), role, role.getLibelle()))
                .toList();
    }

    /**
     * R-AFAS-1, R-HAB-4: gives the role on the équipement to a user of the partner who holds it.
     * The équipement's row is locked first, then the holders counted: two managers assigning the
     * last place at once cannot both succeed. A new approver replaces the former (there is one).
     */
    @ActionTracee(value = "AFAS_AFFECTATION", cible = "EQUIPEMENT")
    public EquipementVue affecter(Long equipementId, String identifiant, RoleAfas role) {
        Equipement e = equipement(equipementId);
        exigerHabiliter(e.getOrganisme());
        if (role == null) {
            throw new RegleMetierException("R-AFAS-1", "Choisissez le rôle à confier.");
        }
        Utilisateur u = utilisateurs.parIdentifiant(identifiant == null ? "" : identifiant.trim().toUpperCase(Locale.ROOT))
                .filter(x -> x.getOrganisme() != null && x.getOrganisme().equals(e.getOrganisme()))
                .orElseThrow(() -> new RegleMetierException("R-AFAS-1", "« " + identifiant + " » n'est pas un utilisateur de "
                        + e.getOrganisme().getNom() + "."));
        boolean titulaire = droits.de(u.getIdentifiant()).map(d -> d.profilsDuService(ServiceCatalogue.AFAS).contains(role.name()))
                .orElse(false);
        if (!titulaire) {
            throw new RegleMetierException("R-AFAS-1", u.getNomComplet() + " n'est pas habilité(e) « AFAS " + role.getLibelle()
                    + " » : rattachez-le d'abord à un groupe qui porte ce rôle.");
        }
        Equipement verrouille = depot.equipementVerrouille(equipementId).orElseThrow();
        List<AffectationEquipement> existantes = depot.affectations(equipementId);
        AffectationEquipement.exigerPasDejaAffecte(existantes, u, role);
        String par = acces.appelant().getIdentifiant();
        if (role == RoleAfas.APPROBATEUR) {
            existantes.stream().filter(a -> a.getRole() == RoleAfas.APPROBATEUR).forEach(a -> {
                depot.supprimer(a);
                depot.enregistrer(ChangementAfas.affectation(verrouille, horloge.instant(), false, a.getUtilisateur().getIdentifiant(),
                        a.getUtilisateur().getNomComplet(), role, par, "Remplacé(e) par " + u.getNomComplet()));
            });
            depot.ecrire();
        }
        AffectationEquipement.exigerPlace(verrouille, role, depot.titulaires(equipementId, role));
        depot.enregistrer(new AffectationEquipement(verrouille, u, role, par, horloge.instant()));
        // R-HAB-13: reported to the Caf in the same transaction.
        depot.enregistrer(ChangementAfas.affectation(verrouille, horloge.instant(), true, u.getIdentifiant(), u.getNomComplet(), role, par, null));
        depot.ecrire();
        return EquipementVue.de(verrouille, depot.affectations(equipementId));
    }

    /** R-AFAS-1: takes a provider off the équipement. The approver is replaced, never removed (R-HAB-4: exactly one). */
    @ActionTracee(value = "AFAS_RETRAIT_AFFECTATION", cible = "EQUIPEMENT")
    public EquipementVue retirer(Long equipementId, String identifiant, RoleAfas role) {
        Equipement e = equipement(equipementId);
        exigerHabiliter(e.getOrganisme());
        if (role == RoleAfas.APPROBATEUR) {
            throw new RegleMetierException("R-HAB-4", "Un équipement a toujours un approbateur : désignez-en un autre, il remplacera"
                    + " l'actuel.");
        }
        AffectationEquipement a = depot.affectations(equipementId).stream()
                .filter(x -> x.getRole() == role && x.getUtilisateur().getIdentifiant().equalsIgnoreCase(String.valueOf(identifiant)))
                .findFirst().orElseThrow(() -> new RegleMetierException("R-AFAS-1", "« " + identifiant + " » n'est pas "
                        + (role == null ? "affecté" : role.getLibelle().toLowerCase()) + " de cet équipement."));
        depot.supprimer(a);
        depot.enregistrer(ChangementAfas.affectation(e, horloge.instant(), false, a.getUtilisateur().getIdentifiant(),
                a.getUtilisateur().getNomComplet(), role, acces.appelant().getIdentifiant(), null));
        depot.ecrire();
        return EquipementVue.de(e, depot.affectations(equipementId));
    }

    private Equipement equipement(Long id) {
        return depot.equipement(id).orElseThrow(() -> new RegleMetierException("R-AFAS-1", "Équipement n° " + id + " introuvable."));
    }

    private void exigerHabiliter(OrganismePartenaire organisme) {
        SecurityUtils.getSubject().checkPermission(PermissionsAfas.HABILITER.sur(organisme.getId()));
    }

    private void exigerHabiliterOuCaf(OrganismePartenaire organisme) {
        var sujet = SecurityUtils.getSubject();
        if (!sujet.isPermitted(PermissionsAfas.HABILITER.sur(organisme.getId()))
                && !sujet.isPermitted(PermissionsAfas.EQUIPEMENTS.sur(organisme.getCaf().getCode()))) {
            throw new AuthorizationException("R-AFAS-1 : les équipements de " + organisme.getNom() + " se gèrent par l'AFAS-Habiliter"
                    + " du partenaire ou la Caf (" + PermissionsAfas.HABILITER.sur(organisme.getId()) + ").");
        }
    }
}
