package org.eden.portail.incident;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.OrganismePartenaire;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * R-INC-1: an incident a partner's habilitation manager files to his Caf's service desk, tracked
 * to resolution. Its first answer from the Caf (an assignment or a comment of the desk) is dated:
 * without one, 48 hours after filing, it is flagged for escalation ({@link RegleEscalade}).
 */
@Entity
@Table(name = "incident")
public class Incident extends Entite {

    private static final long serialVersionUID = 1L;

    static final int LONGUEUR_TEXTE = 4000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id", nullable = false, updatable = false)
    private Caf caf;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisme_id", nullable = false, updatable = false)
    private OrganismePartenaire organisme;

    @Column(name = "numero_convention", nullable = false, length = 12, updatable = false)
    private String numeroConvention;

    @Column(name = "profil_concerne", nullable = false, length = 60, updatable = false)
    private String profilConcerne;

    @Column(name = "utilisateur_concerne", nullable = false, length = 120, updatable = false)
    private String utilisateurConcerne;

    @Column(nullable = false, length = 200, updatable = false)
    private String contact;

    @Column(nullable = false, length = LONGUEUR_TEXTE, updatable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private StatutIncident statut;

    @Column(name = "declare_par", nullable = false, length = 20, updatable = false)
    private String declarePar;

    @Column(name = "declare_le", nullable = false, updatable = false)
    private Instant declareLe;

    @Column(name = "assigne_a", length = 20)
    private String assigneA;

    /** The Caf's first answer (assignment or desk comment): what stops the 48 h clock. */
    @Column(name = "premiere_reponse_le")
    private Instant premiereReponseLe;

    @Column(name = "resolu_le")
    private Instant resoluLe;

    @Column(length = LONGUEUR_TEXTE)
    private String resolution;

    @OneToMany(mappedBy = "incident", cascade = CascadeType.ALL)
    @OrderBy("le, id")
    private List<CommentaireIncident> commentaires = new ArrayList<>();

    protected Incident() {
    }

    /** R-INC-1: every field is required, the desk must be able to act without calling back. */
    public static Incident declarer(Caf caf, OrganismePartenaire organisme, String numeroConvention, String profilConcerne,
                                    String utilisateurConcerne, String contact, String description, String par,
                                    Instant le) {
        Incident incident = new Incident();
        incident.caf = caf;
        incident.organisme = organisme;
        incident.numeroConvention = requis(numeroConvention, "le numéro de convention", 12);
        incident.profilConcerne = requis(profilConcerne, "le profil concerné", 60);
        incident.utilisateurConcerne = requis(utilisateurConcerne, "l'utilisateur concerné", 120);
        incident.contact = requis(contact, "le contact", 200);
        incident.description = requis(description, "la description", LONGUEUR_TEXTE);
        incident.declarePar = par;
        incident.declareLe = le;
        incident.statut = StatutIncident.OUVERT;
        return incident;
    }

    /** The desk gives the incident to one of its agents: a first answer, and it is being handled. */
    public void assigner(String agent, Instant le) {
        ouvert();
        if (agent == null || agent.isBlank()) {
            throw new RegleMetierException("R-INC-1", "Choisissez l'agent à qui confier l'incident.");
        }
        assigneA = agent.trim().toUpperCase();
        statut = StatutIncident.EN_COURS;
        repondu(le);
    }

    public CommentaireIncident commenter(String auteur, boolean deLaCaf, String texte, Instant le) {
        ouvert();
        CommentaireIncident commentaire = new CommentaireIncident(this, auteur, deLaCaf, le,
                requis(texte, "le commentaire", LONGUEUR_TEXTE));
        commentaires.add(commentaire);
        if (deLaCaf) {
            repondu(le);
        }
        return commentaire;
    }

    public void resoudre(String agent, String resolutionApportee, Instant le) {
        ouvert();
        resolution = requis(resolutionApportee, "la résolution apportée", LONGUEUR_TEXTE);
        if (assigneA == null) {
            assigneA = agent;
        }
        statut = StatutIncident.RESOLU;
        resoluLe = le;
        repondu(le);
    }

    public boolean aEscalader(Instant maintenant) {
        return RegleEscalade.DEFAUT.aEscalader(declareLe, premiereReponseLe, statut, maintenant);
    }

    private void repondu(Instant le) {
        if (premiereReponseLe == null) {
            premiereReponseLe = le;
        }
    }

    private void ouvert() {
        if (statut == StatutIncident.RESOLU) {
            throw new RegleMetierException("R-INC-1", "L'incident n° " + getId() + " est résolu : il ne peut plus changer.");
        }
    }

    private static String requis(String valeur, String nom, int longueur) {
        if (valeur == null || valeur.isBlank()) {
            throw new RegleMetierException("R-INC-1", "Indiquez " + nom + " : le guichet de la Caf en a besoin pour traiter l'incident.");
        }
        String t = valeur.trim();
        if (t.length() > longueur) {
            throw new RegleMetierException("R-INC-1", "Le champ « " + nom + " » dépasse " + longueur + " caractères.");
        }
        return t;
    }

    public Caf getCaf() {
        return caf;
    }

    public OrganismePartenaire getOrganisme() {
        return organisme;
    }

    public String getNumeroConvention() {
        return numeroConvention;
    }

    public String getProfilConcerne() {
        return profilConcerne;
    }

    public String getUtilisateurConcerne() {
        return utilisateurConcerne;
    }

    public String getContact() {
        return contact;
    }

    public String getDescription() {
        return description;
    }

    public StatutIncident getStatut() {
        return statut;
    }

    public String getDeclarePar() {
        return declarePar;
    }

    public Instant getDeclareLe() {
        return declareLe;
    }

    public String getAssigneA() {
        return assigneA;
    }

    public Instant getPremiereReponseLe() {
        return premiereReponseLe;
    }

    public Instant getResoluLe() {
        return resoluLe;
    }

    public String getResolution() {
        return resolution;
    }

    public List<CommentaireIncident> getCommentaires() {
        return List.copyOf(commentaires);
    }
}
