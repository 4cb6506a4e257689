package org.eden.portail.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.eden.portail.shared.Caf;
import org.eden.portail.shared.Entite;
import org.eden.portail.shared.RegleMetierException;

import java.time.Instant;

/** R-INC-2: a planned outage the Caf announces; shown on the login page and the home while in force. */
@Entity
@Table(name = "avis_maintenance")
public class AvisMaintenance extends Entite {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "caf_id", nullable = false, updatable = false)
    private Caf caf;

    @Column(nullable = false, length = 1000, updatable = false)
    private String texte;

    @Column(nullable = false, updatable = false)
    private Instant debut;

    @Column(nullable = false, updatable = false)
    private Instant fin;

    @Column(name = "publie_par", nullable = false, length = 20, updatable = false)
    private String publiePar;

    @Column(name = "publie_le", nullable = false, updatable = false)
    private Instant publieLe;

    protected AvisMaintenance() {
    }

    public static AvisMaintenance publier(Caf caf, String texte, Instant debut, Instant fin, String par, Instant le) {
        if (texte == null || texte.isBlank()) {
            throw new RegleMetierException("R-INC-2", "Rédigez le texte de l'avis de maintenance.");
        }
        if (texte.trim().length() > 1000) {
            throw new RegleMetierException("R-INC-2", "Le texte de l'avis dépasse 1000 caractères.");
        }
        if (debut == null || fin == null || !fin.isAfter(debut)) {
            throw new RegleMetierException("R-INC-2", "L'avis de maintenance doit avoir un début et une fin postérieure au début.");
        }
        if (!fin.isAfter(le)) {
            throw new RegleMetierException("R-INC-2", "La fin de l'avis est déjà passée : il ne serait jamais affiché.");
        }
        AvisMaintenance avis = new AvisMaintenance();
        avis.caf = caf;
        avis.texte = texte.trim();
        avis.debut = debut;
        avis.fin = fin;
        avis.publiePar = par;
        avis.publieLe = le;
        return avis;
    }

    public boolean enVigueur(Instant maintenant) {
        return !maintenant.isBefore(debut) && maintenant.isBefore(fin);
    }

    public Caf getCaf() {
        return caf;
    }

    public String getTexte() {
        return texte;
    }

    public Instant getDebut() {
        return debut;
    }

    public Instant getFin() {
        return fin;
    }

    public String getPubliePar() {
        return publiePar;
    }

    public Instant getPublieLe() {
        return publieLe;
    }
}
