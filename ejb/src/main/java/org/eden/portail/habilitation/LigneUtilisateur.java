package org.eden.portail.habilitation;

import org.eden.portail.identite.CompteVue;
import org.eden.portail.identite.Utilisateur;

/** One row of the managers' users list (a JavaBean: Faces 4.0's EL reads getters only). */
public final class LigneUtilisateur extends CompteVue {

    private static final long serialVersionUID = 1L;

    private final String statut;
    private final String statutLibelle;
    private final String groupes;
    private final String profils;

    LigneUtilisateur(Utilisateur u, String groupes, String profils) {
        super(u);
        this.statut = u.getStatut().name();
        this.statutLibelle = u.getStatut().getLibelle();
        this.groupes = groupes;
        this.profils = profils;
    }

    /** ACTIF, PROVISOIRE, SUSPENDU. */
    public String getStatut() {
        return statut;
    }

    public String getStatutLibelle() {
        return statutLibelle;
    }

    /** Paths of his groups, separated by commas. */
    public String getGroupes() {
        return groupes;
    }

    /** His habilitations not devalidated, e.g. "CDAP T2, AFAS APPROBATEUR (suspendue)". */
    public String getProfils() {
        return profils;
    }
}
