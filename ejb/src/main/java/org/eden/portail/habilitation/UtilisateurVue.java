package org.eden.portail.habilitation;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A partner user as the managers see him: account, groups, effective habilitations, roles of manager. */
public final class UtilisateurVue implements Serializable, ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final String identifiant;
    private final String nom;
    private final String prenom;
    private final String email;
    private final String statut;
    private final boolean suspendu;
    private final Instant derniereConnexion;
    private final boolean administrateur;
    private final List<String> groupes;
    private final List<String> responsableDe;
    private final List<HabilitationVue> habilitations;
    private Long organismeId;
    private String organisme;
    /** The status's code (ACTIF, PROVISOIRE, SUSPENDU): the screens colour it the same everywhere. */
    private String codeStatut;

    UtilisateurVue(String identifiant, String nom, String prenom, String email, String statut, boolean suspendu,
                   Instant derniereConnexion, boolean administrateur, List<String> groupes, List<String> responsableDe,
                   List<HabilitationVue> habilitations) {
        this.identifiant = identifiant;
        this.nom = nom;
        this.prenom = prenom;
        this.email = email;
        this.statut = statut;
        this.suspendu = suspendu;
        this.derniereConnexion = derniereConnexion;
        this.administrateur = administrateur;
        this.groupes = List.copyOf(groupes);
        this.responsableDe = List.copyOf(responsableDe);
        this.habilitations = List.copyOf(habilitations);
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
        return identifiant;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public String getNom() {
        return nom;
    }

    public String getPrenom() {
        return prenom;
    }

    public String getEmail() {
        return email;
    }

    public String getStatut() {
        return statut;
    }

    public boolean isSuspendu() {
        return suspendu;
    }

    public Instant getDerniereConnexion() {
        return derniereConnexion;
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
