package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** "Mon compte": the account as its owner sees it. */
@Named
@RequestScoped
public class MonCompteBean {

    @Inject
    IdentiteService identite;

    @Inject
    SessionUtilisateur session;

    private ProfilUtilisateur profil;

    public ProfilUtilisateur getProfil() {
        if (profil == null) {
            profil = identite.profil(session.getIdentifiant()).orElseThrow();
        }
        return profil;
    }
}
