package org.eden.portail.incident;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An incident as the screens show it (JavaBean getters: Faces' EL reads no records). */
public class IncidentVue implements Serializable, ResultatTracable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String codeCaf;
    private final String organisme;
    private final String numeroConvention;
    private final String profilConcerne;
    private final String utilisateurConcerne;
    private final String contact;
    private final String description;
    private final StatutIncident statut;
    private final String declarePar;
    private final Instant declareLe;
    private final String assigneA;
    private final Instant premiereReponseLe;
    private final Instant resoluLe;
    private final String resolution;
    private final boolean aEscalader;
    private final List<Commentaire> commentaires;

    IncidentVue(Incident i, Instant maintenant) {
        id = i.getId();
        codeCaf = i.getCaf().getCode();
        organisme = i.getOrganisme().getNom();
        numeroConvention = i.getNumeroConvention();
        profilConcerne = i.getProfilConcerne();
        utilisateurConcerne = i.getUtilisateurConcerne();
        contact = i.getContact();
        description = i.getDescription();
        statut = i.getStatut();
        declarePar = i.getDeclarePar();
        declareLe = i.getDeclareLe();
        assigneA = i.getAssigneA();
        premiereReponseLe = i.getPremiereReponseLe();
        resoluLe = i.getResoluLe();
        resolution = i.getResolution();
        aEscalader = i.aEscalader(maintenant);
        commentaires = i.getCommentaires().stream()
                .map(c -> new Commentaire(c.getAuteur(), c.isDeLaCaf(), c.getLe(), c.getTexte())).toList();
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }

    /** One message of the thread. */
    public static class Commentaire implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String auteur;
        private final boolean deLaCaf;
        /** Not "le": a reserved word of the expression language. */
        private final Instant ecritLe;
        private final String texte;

        Commentaire(String auteur, boolean deLaCaf, Instant ecritLe, String texte) {
            this.auteur = auteur;
            this.deLaCaf = deLaCaf;
            this.ecritLe = ecritLe;
            this.texte = texte;
        }

        public String getAuteur() {
            return auteur;
        }

        public boolean isDeLaCaf() {
            return deLaCaf;
        }

        public Instant getEcritLe() {
            return ecritLe;
        }

        public String getTexte() {
            return texte;
        }
    }

    public Long getId() {
        return id;
    }

    public String getCodeCaf() {
        return codeCaf;
    }

    public String getOrganisme() {
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

    public boolean isAEscalader() {
        return aEscalader;
    }

    public boolean isEscalade() {
        return aEscalader;
    }

    public List<Commentaire> getCommentaires() {
        return commentaires;
    }
}
