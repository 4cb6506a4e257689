package org.eden.portail.identite;

import java.time.Instant;
import java.util.List;

/**
 * The "Mon compte" view of an account. (A JavaBean rather than a record: the screens read it
 * through Faces 4.0's EL, which knows only getters.)
 */
public final class ProfilUtilisateur extends CompteVue {

    private static final long serialVersionUID = 1L;

    private final String statut;
    private final String rattachement;
    private final List<String> roles;
    private final Instant creeLe;
    private final Instant motDePasseChangeLe;
    private final Instant motDePasseExpireLe;

    public ProfilUtilisateur(Utilisateur u, String statut, String rattachement, List<String> roles, Instant creeLe,
                             Instant motDePasseChangeLe, Instant motDePasseExpireLe) {
        super(u);
        this.statut = statut;
        this.rattachement = rattachement;
        this.roles = List.copyOf(roles);
        this.creeLe = creeLe;
        this.motDePasseChangeLe = motDePasseChangeLe;
        this.motDePasseExpireLe = motDePasseExpireLe;
    }

    public String getStatut() {
        return statut;
    }

    public String getRattachement() {
        return rattachement;
    }

    public List<String> getRoles() {
        return roles;
    }

    public Instant getCreeLe() {
        return creeLe;
    }

    public Instant getMotDePasseChangeLe() {
        return motDePasseChangeLe;
    }

    /** Null when the policy sets no expiry (ASVS). */
    public Instant getMotDePasseExpireLe() {
        return motDePasseExpireLe;
    }
}
