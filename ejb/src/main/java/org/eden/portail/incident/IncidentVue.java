package org.eden.portail.incident;

import org.eden.portail.trace.ResultatTracable;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** An incident as the screens show it. {@code escalade}: to escalate today (R-INC, 48 hours without an answer). */
public record IncidentVue(Long id, String codeCaf, String organisme, String numeroConvention, String profilConcerne,
                          String utilisateurConcerne, String contact, String description, StatutIncident statut, String declarePar,
                          Instant declareLe, String assigneA, Instant premiereReponseLe, Instant resoluLe, String resolution,
                          boolean escalade, List<Commentaire> commentaires) implements Serializable, ResultatTracable {

    IncidentVue(Incident i, Instant maintenant) {
        this(i.getId(), i.getCaf().getCode(), i.getOrganisme().getNom(), i.getNumeroConvention(), i.getProfilConcerne(),
                i.getUtilisateurConcerne(), i.getContact(), i.getDescription(), i.getStatut(), i.getDeclarePar(), i.getDeclareLe(),
                i.getAssigneA(), i.getPremiereReponseLe(), i.getResoluLe(), i.getResolution(), i.aEscalader(maintenant),
                i.getCommentaires().stream().map(c -> new Commentaire(c.getAuteur(), c.isDeLaCaf(), c.getLe(), c.getTexte())).toList());
    }

    @Override
    public String cibleTrace() {
        return id == null ? null : id.toString();
    }

    /** One message of the thread. {@code ecritLe}, not "le": a reserved word of the expression language. */
    public record Commentaire(String auteur, boolean deLaCaf, Instant ecritLe, String texte) implements Serializable {
    }
}
