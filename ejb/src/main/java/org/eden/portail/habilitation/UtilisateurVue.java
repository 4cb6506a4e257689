package org.eden.portail.habilitation;

import org.eden.portail.identite.CompteVue;
import org.eden.portail.identite.Utilisateur;
import org.eden.portail.trace.ResultatTracable;

import java.util.List;

/** A partner user as the managers see him: account, groups, effective habilitations, roles of manager. */
public final class UtilisateurVue extends CompteVue implements ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final String statut;
    private final boolean suspendu;
    private final boolean administrateur;
    private final List<String> groupes;
    private final List<String> responsableDe;
    private final List<HabilitationVue> habilitations;
    private Long organismeId;
    private String organisme;
    /** The caller may suspend or reactivate this account (R-HAB-5, R-HAB-7): what the page offers. */
    private boolean compteGerable = true;
    /** The status's code (ACTIF, PROVISOIRE, SUSPENDU): the screens colour it the same everywhere. */
    private String codeStatut;

    UtilisateurVue(Utilisateur u, String statut, boolean suspendu, boolean administrateur, List<String> groupes,
                   List<String> responsableDe, List<HabilitationVue> habilitations) {
        super(u);
        this.statut = statut;
        this.suspendu = suspendu;
        this.administrateur = administrateur;
        this.groupes = List.copyOf(groupes);
        this.responsableDe = List.copyOf(responsableDe);
        this.habilitations = List.copyOf(habilitations);
    }

    UtilisateurVue gerable(boolean gerable) {
        this.compteGerable = gerable;
        return this;
    }

    public boolean isCompteGerable() {
        return compteGerable;
    }

    UtilisateurVue avecCodeStatut(String code) {
        this.codeStatut = code;
        return this;
    }

    public String getCodeStatut() {
        return codeStatut;
    }

    UtilisateurVue dans(Long organismeId, String organisme) {
        this.organismeId = organismeId;
        this.organisme = organisme;
        return this;
    }

    @Override
    public String cibleTrace() {
        return getIdentifiant();
    }

    public String getStatut() {
        return statut;
    }

    public boolean isSuspendu() {
        return suspendu;
    }

    /** Administrateur partenaire or suppléant on the contrat de service of the convention in force. */
    public boolean isAdministrateur() {
        return administrateur;
    }

    /** Paths of the groups he is attached to. */
    public List<String> getGroupes() {
        return groupes;
    }

    /** Paths of the groups on which he is responsable des habilitations. */
    public List<String> getResponsableDe() {
        return responsableDe;
    }

    /** His habilitations not devalidated (active or suspended). */
    public List<HabilitationVue> getHabilitations() {
        return habilitations;
    }

    public Long getOrganismeId() {
        return organismeId;
    }

    /** The name of his organisation. */
    public String getOrganisme() {
        return organisme;
    }
}
