package org.eden.portail.habilitation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.shiro.authz.AuthorizationException;
import org.eden.portail.shared.MessagesEcran;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The group tree of one organisation (R-HAB-2, R-HAB-5): groups and sub-groups, their roles from
 * the bulletins with the quotas (R-HAB-3), their responsables. Every action goes to
 * {@link GroupeService}, which checks the caller's scope against the group it loads.
 */
@Named
@ViewScoped
public class GroupesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GroupeService service;

    private Long organisme;
    private OrganismeGere gere;
    private List<OrganismeGere> geres;
    private TreeNode<GroupeVue> racine;
    private List<GroupeVue> groupes;
    private List<QuotaVue> quotas;

    /** The group a dialog acts on (null: a root group). */
    private Long groupeId;
    private String nom;
    private String role;
    private String responsable;

    /** f:viewAction. */
    public void ouvrir() {
        geres = service.organismesGeres();
        gere = EcranHabilitations.choisir(geres, organisme);
        if (gere != null) {
            organisme = gere.id();
            charger();
        }
    }

    private void charger() {
        try {
            groupes = service.arbre(organisme);
            quotas = service.quotas(organisme);
        } catch (AuthorizationException refus) {
            MessagesEcran.accesRefuse();
            return;
        } catch (org.eden.portail.shared.RegleMetierException sansConvention) {
            groupes = List.of();
            quotas = List.of();
            MessagesEcran.refus(sansConvention);
        }
        racine = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<GroupeVue>> noeuds = new HashMap<>();
        for (GroupeVue g : groupes) {
            TreeNode<GroupeVue> parent = g.parentId() == null ? racine : noeuds.getOrDefault(g.parentId(), racine);
            TreeNode<GroupeVue> noeud = new DefaultTreeNode<>(g, parent);
            noeud.setExpanded(true);
            noeuds.put(g.id(), noeud);
        }
    }

    // --- dialogs -------------------------------------------------------------------------------

    public void preparer(Long groupe) {
        this.groupeId = groupe;
        this.nom = null;
        this.role = null;
        this.responsable = null;
    }

    public void preparerRenommage(Long groupe) {
        preparer(groupe);
        this.nom = groupes.stream().filter(g -> g.id().equals(groupe)).map(GroupeVue::nom).findFirst().orElse(null);
    }

    public void creer() {
        if (!EcranHabilitations.exiger(nom, "R-HAB-2", "Donnez un nom au groupe.")) {
            return;
        }
        String voulu = nom.trim();
        boolean fait = groupeId == null
                ? EcranHabilitations.agir(() -> service.creerGroupe(organisme, voulu), "Groupe créé", () -> "« " + voulu + " »")
                : EcranHabilitations.agir(() -> service.creerSousGroupe(groupeId, voulu), "Sous-groupe créé", () -> "« " + voulu + " »");
        apres(fait, "dialogueGroupe");
    }

    public void renommer() {
        if (!EcranHabilitations.exiger(nom, "R-HAB-2", "Donnez un nom au groupe.")) {
            return;
        }
        String voulu = nom.trim();
        apres(EcranHabilitations.agir(() -> service.renommer(groupeId, voulu), "Groupe renommé", () -> "« " + voulu + " »"),
                "dialogueRenommer");
    }

    public void attribuerRole() {
        if (!EcranHabilitations.exiger(role, "R-HAB-2", "Choisissez un rôle parmi ceux de vos bulletins d'adhésion.")) {
            return;
        }
        String[] paire = role.split(" ", 2);
        apres(EcranHabilitations.agir(() -> service.attribuerRole(groupeId, paire[0], paire[1]), "Rôle attribué",
                () -> role + " : les membres du groupe le reçoivent, dans la limite du quota."), "dialogueRole");
    }

    public void retirerRole(Long groupe, String roleDuGroupe) {
        String[] paire = roleDuGroupe.split(" ", 2);
        apres(EcranHabilitations.agir(() -> service.retirerRole(groupe, paire[0], paire[1]), "Rôle retiré",
                () -> roleDuGroupe + " : les habilitations qui n'en dépendaient que de lui sont dévalidées."), null);
    }

    public void nommerResponsable() {
        if (!EcranHabilitations.exiger(responsable, "R-HAB-5", "Indiquez l'identifiant du futur responsable.")) {
            return;
        }
        String identifiant = responsable.trim().toUpperCase(java.util.Locale.ROOT);
        apres(EcranHabilitations.agir(() -> service.nommerResponsable(groupeId, identifiant), "Responsable nommé",
                () -> identifiant + " gère désormais ce groupe et ses sous-groupes."), "dialogueResponsable");
    }

    public void revoquerResponsable(Long groupe, String identifiant) {
        apres(EcranHabilitations.agir(() -> service.revoquerResponsable(groupe, identifiant), "Responsable révoqué",
                () -> identifiant + " ne gère plus ce groupe."), null);
    }

    private void apres(boolean fait, String dialogue) {
        charger();
        if (fait && dialogue != null) {
            PrimeFaces.current().executeScript("PF('" + dialogue + "').hide()");
        }
    }

    // --- what the page shows -------------------------------------------------------------------

    /** The roles a group may carry: those of the bulletins (R-HAB-2), e.g. "CDAP T2". */
    public List<String> getRolesDesBulletins() {
        return quotas == null ? List.of() : quotas.stream().map(q -> q.service() + " " + q.profil()).toList();
    }

    public int pourcentage(QuotaVue q) {
        return q.maximum() == 0 ? 100 : (int) Math.min(100, Math.round(100.0 * q.titulaires() / q.maximum()));
    }

    public String quotaDe(String roleDuGroupe) {
        return quotas == null ? "" : quotas.stream().filter(q -> (q.service() + " " + q.profil()).equals(roleDuGroupe))
                .findFirst().map(q -> q.titulaires() + " / " + q.maximum()).orElse("");
    }

    public String getNomGroupe() {
        return groupeId == null ? null : groupes.stream().filter(g -> g.id().equals(groupeId)).map(GroupeVue::chemin)
                .findFirst().orElse(null);
    }

    public Long getOrganisme() {
        return organisme;
    }

    public void setOrganisme(Long organisme) {
        this.organisme = organisme;
    }

    public OrganismeGere getGere() {
        return gere;
    }

    public List<OrganismeGere> getGeres() {
        return geres;
    }

    public TreeNode<GroupeVue> getRacine() {
        return racine;
    }

    public List<GroupeVue> getGroupes() {
        return groupes;
    }

    public List<QuotaVue> getQuotas() {
        return quotas;
    }

    public Long getGroupeId() {
        return groupeId;
    }

    public void setGroupeId(Long groupeId) {
        this.groupeId = groupeId;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getResponsable() {
        return responsable;
    }

    public void setResponsable(String responsable) {
        this.responsable = responsable;
    }
}
