package org.eden.portail.identite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * "Mot de passe oublié" (R-PWD-6): identifier and e-mail address; the answer is the same whether
 * or not they match an account.
 */
@Named
@RequestScoped
public class MotDePasseOublieBean {

    @Inject
    IdentiteService identite;

    private String identifiant;
    private String email;
    private boolean demandeFaite;

    public void demander() {
        identite.motDePasseOublie(identifiant == null ? "" : identifiant.trim(), email);
        demandeFaite = true;
    }

    public boolean isDemandeFaite() {
        return demandeFaite;
    }

    public String getIdentifiant() {
        return identifiant;
    }

    public void setIdentifiant(String identifiant) {
        this.identifiant = identifiant;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
