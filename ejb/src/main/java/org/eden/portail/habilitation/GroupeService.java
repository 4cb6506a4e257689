package org.eden.portail.habilitation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.eden.portail.convention.Convention;
import org.eden.portail.convention.ConventionRepository;
import org.eden.portail.identite.PermissionsIdentite;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.identite.UtilisateurRepository;
import org.eden.portail.shared.CafRepository;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;
import org.eden.portail.trace.ActionTracee;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The tree of groups of a partner organisation (R-HAB-2, R-HAB-5): groups and sub-groups, the
 * roles they carry, the responsables des habilitations appointed on them. Every method checks
 * {@code habilitation:gerer:<organisme>} and the caller's sub-tree against the group it loaded,
 * never against ids the request sent.
 */
@Stateless
public class GroupeService {

    @Inject
    GestionHabilitations gestion;

    @Inject
    HabilitationRepository depot;

    @Inject
    ConventionRepository conventions;

    @Inject
    Clock horloge;

    @Inject
    UtilisateurRepository utilisateurs;

    @Inject
    CafRepository cafs;

    /** R-HAB-2: a root group, once the convention is active; the administrateur's (or the Caf's) act. */
    @ActionTracee(value = "CREATION_GROUPE", cible = "ORGANISME")
    public GroupeVue creerGroupe(Long organismeId, String nom) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        Portee portee = gestion.porteeConventionActive(organisme);
        portee.exigerGestionPrincipale("créer un groupe racine");
        exigerNomLibre(organisme, null, nom);
        return gestion.vue(depot.enregistrer(Groupe.racine(organisme, nom, portee.acteur(), horloge.instant())));
    }

    /** R-HAB-5: a sub-group, inside the caller's sub-tree. */
    @ActionTracee(value = "CREATION_SOUS_GROUPE", cible = "GROUPE")
    public GroupeVue creerSousGroupe(Long parentId, String nom) {
        Groupe parent = gestion.groupe(parentId);
        Portee portee = gestion.porteeConventionActive(parent.getOrganisme());
        portee.exigerGroupe(parent);
        exigerNomLibre(parent.getOrganisme(), parent, nom);
        return gestion.vue(depot.enregistrer(parent.creerSousGroupe(nom, portee.acteur(), horloge.instant())));
    }

    @ActionTracee(value = "RENOMMAGE_GROUPE", cible = "GROUPE")
    public GroupeVue renommer(Long groupeId, String nom) {
        Groupe groupe = groupeGereVerrouille(groupeId);
        gestion.conventionActive(groupe.getOrganisme());
        if (!groupe.getNom().equalsIgnoreCase(GestionHabilitations.nonVide(nom))) {
            exigerNomLibre(groupe.getOrganisme(), groupe.getParent(), nom);
        }
        groupe.renommer(nom);
        return gestion.vue(groupe);
    }

    /**
     * R-HAB-2: a role of the convention's bulletins only; the users already attached get it at
     * once, within the quota (R-HAB-3, R-HAB-4) and never a CDAP profile for the administrateur
     * (R-HAB-12) — or nothing changes.
     */
    @ActionTracee(value = "ATTRIBUTION_ROLE_GROUPE", cible = "GROUPE")
    public GroupeVue attribuerRole(Long groupeId, String codeService, String profil) {
        RoleDuGroupe cas = roleDuGroupe(groupeId, codeService, profil);
        ReglesHabilitation.exigerRoleDuBulletin(cas.convention(), cas.role());
        if (!cas.groupe().attribuerRole(cas.role())) {
            throw new RegleMetierException("R-HAB-2", "Le groupe « " + cas.groupe().getChemin() + " » porte déjà le rôle " + cas.role() + ".");
        }
        return recalculerLesMembres(cas, "attribué au");
    }

    /** The users of the group lose the role unless another of their groups carries it (devalidated, R-TRACE-3). */
    @ActionTracee(value = "RETRAIT_ROLE_GROUPE", cible = "GROUPE")
    public GroupeVue retirerRole(Long groupeId, String codeService, String profil) {
        RoleDuGroupe cas = roleDuGroupe(groupeId, codeService, profil);
        if (!cas.groupe().retirerRole(cas.role())) {
            throw new RegleMetierException("R-HAB-2", "Le groupe « " + cas.groupe().getChemin() + " » ne porte pas le rôle " + cas.role() + ".");
        }
        return recalculerLesMembres(cas, "retiré du");
    }

    /**
     * R-HAB-5: the administrateur appoints a responsable on any group; a responsable only on a
     * sub-group of his own sub-tree.
     */
    @ActionTracee(value = "NOMINATION_RESPONSABLE", cible = "GROUPE")
    public GroupeVue nommerResponsable(Long groupeId, String identifiant) {
        Groupe groupe = gestion.groupe(groupeId);
        Portee portee = gestion.porteeConventionActive(groupe.getOrganisme());
        portee.exigerNomination(groupe);
        Utilisateur utilisateur = gestion.utilisateurDe(groupe.getOrganisme(), identifiant);
        if (!utilisateur.peutSeConnecter()) {
            throw new RegleMetierException("R-HAB-5", "Le compte " + utilisateur.getIdentifiant()
                    + " est suspendu : il ne peut pas être nommé responsable des habilitations.");
        }
        if (depot.responsable(groupe.getId(), utilisateur.getId()).isPresent()) {
            throw new RegleMetierException("R-HAB-5", utilisateur.getNomComplet() + " est déjà responsable des habilitations du groupe « "
                    + groupe.getChemin() + " ».");
        }
        depot.enregistrer(new ResponsableHabilitations(groupe, utilisateur, portee.acteur(), horloge.instant()));
        return gestion.vue(groupe);
    }

    @ActionTracee(value = "REVOCATION_RESPONSABLE", cible = "GROUPE")
    public GroupeVue revoquerResponsable(Long groupeId, String identifiant) {
        Groupe groupe = gestion.groupe(groupeId);
        gestion.portee(groupe.getOrganisme()).exigerNomination(groupe);
        Utilisateur utilisateur = gestion.utilisateurDe(groupe.getOrganisme(), identifiant);
        ResponsableHabilitations responsable = depot.responsable(groupe.getId(), utilisateur.getId())
                .orElseThrow(() -> new RegleMetierException("R-HAB-5", utilisateur.getNomComplet()
                        + " n'est pas responsable des habilitations du groupe « " + groupe.getChemin() + " »."));
        depot.supprimer(responsable);
        depot.ecrire();
        return gestion.vue(groupe);
    }

    /** The groups the caller manages in the organisation (all of them, or his sub-trees), parents first. */
    @ActionTracee(value = "CONSULTATION_GROUPES", cible = "ORGANISME")
    public List<GroupeVue> arbre(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        Portee portee = gestion.portee(organisme);
        return depot.groupesDe(organisme.getId()).stream().filter(portee::couvre).map(gestion::vue).toList();
    }

    /** R-HAB-3 gauges: each profile of the active convention's bulletins, its maximum and its holders. */
    @ActionTracee(value = "CONSULTATION_QUOTAS", cible = "ORGANISME")
    public List<QuotaVue> quotas(Long organismeId) {
        OrganismePartenaire organisme = gestion.organisme(organismeId);
        gestion.portee(organisme);
        return gestion.quotas(gestion.conventionActive(organisme));
    }

    /**
     * The organisations whose habilitations the caller manages today, for the screens: his own
     * while the partner manages (administrateur, suppléant, responsable), or for a Caf's
     * administrateur the partners his Caf manages (centralised mode, reprise en main — R-HAB-7).
     */
    @ActionTracee(value = "CONSULTATION_ORGANISMES_GERES")
    public List<OrganismeGere> organismesGeres() {
        Subject sujet = SecurityUtils.getSubject();
        Utilisateur moi = utilisateurs.parIdentifiant(GestionHabilitations.acteur()).orElse(null);
        if (moi == null) {
            return List.of();
        }
        List<OrganismeGere> geres = new ArrayList<>();
        OrganismePartenaire sien = moi.getOrganisme();
        if (sien != null && sujet.isPermitted(PermissionsHabilitations.HABILITATION_GERER.sur(sien.getId()))) {
            geres.add(new OrganismeGere(sien.getId(), sien.getNom(), false,
                    sujet.isPermitted(PermissionsHabilitations.HABILITATION_ADMINISTRER.sur(sien.getId()))));
        }
        if (moi.getCaf() != null && sien == null && sujet.isPermitted(PermissionsIdentite.gererComptesDe(moi.getCaf().getCode()))) {
            for (OrganismePartenaire o : cafs.organismesDe(moi.getCaf())) {
                if (gestion.laCafGere(gestion.conventionEnVigueur(o.getId()).orElse(null))) {
                    geres.add(new OrganismeGere(o.getId(), o.getNom(), true, true));
                }
            }
        }
        return geres;
    }

    /** A group of the caller's sub-tree, row-locked: the one a change of its name or of its roles is made on. */
    private Groupe groupeGereVerrouille(Long groupeId) {
        Groupe groupe = gestion.groupeVerrouille(groupeId);
        gestion.portee(groupe.getOrganisme()).exigerGroupe(groupe);
        return groupe;
    }

    /** A group of the caller's sub-tree (row-locked), its partner's active convention and the role given or taken. */
    private record RoleDuGroupe(Groupe groupe, Convention convention, RoleGroupe role) {
    }

    private RoleDuGroupe roleDuGroupe(Long groupeId, String codeService, String profil) {
        Groupe groupe = groupeGereVerrouille(groupeId);
        Convention convention = gestion.conventionActive(groupe.getOrganisme());
        return new RoleDuGroupe(groupe, convention,
                new RoleGroupe(GestionHabilitations.nonVide(codeService), GestionHabilitations.nonVide(profil)));
    }

    /**
     * A role of the group given or taken ({@code change}: "attribué au", "retiré du"): each user
     * attached to it has his habilitations computed again; the group as it now stands.
     */
    private GroupeVue recalculerLesMembres(RoleDuGroupe cas, String change) {
        String pourquoi = "Rôle " + cas.role() + " " + change + " groupe « " + cas.groupe().getChemin() + " »";
        for (Rattachement r : depot.rattachementsDuGroupe(cas.groupe().getId())) {
            gestion.recalculer(r.getUtilisateur(), cas.convention(), pourquoi);
        }
        return gestion.vue(cas.groupe());
    }

    private void exigerNomLibre(OrganismePartenaire organisme, Groupe parent, String nom) {
        String voulu = GestionHabilitations.nonVide(nom).replaceAll("\\s+", " ");
        boolean pris = depot.groupesDe(organisme.getId()).stream()
                .anyMatch(g -> g.getNom().equalsIgnoreCase(voulu)
                        && (parent == null ? g.getParent() == null : parent.equals(g.getParent())));
        if (pris) {
            throw new RegleMetierException("R-HAB-2", "Un groupe « " + voulu + " » existe déjà à cet endroit de l'arbre.");
        }
    }
}
