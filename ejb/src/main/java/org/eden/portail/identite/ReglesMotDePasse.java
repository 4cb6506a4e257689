package org.eden.portail.identite;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The password policy in force (chosen once at start-up, {@link PolitiqueMotDePasse#configuree()}),
 * as the services and screens use it: its checks applied to an account, its durations, provisional
 * passwords, and its requirements worded for the person choosing a password.
 */
@ApplicationScoped
public class ReglesMotDePasse {

    private PolitiqueMotDePasse politique;
    private ControleMotDePasse controle;
    private GenerateurMotDePasse generateur;

    @PostConstruct
    void configurer() {
        politique = PolitiqueMotDePasse.configuree();
        controle = new ControleMotDePasse(politique);
        generateur = new GenerateurMotDePasse(politique);
    }

    /** Every reason to refuse this new password for this account, R-PWD-4 history included. */
    public List<String> refus(String candidat, Utilisateur titulaire) {
        return controle.refus(candidat, TitulaireMotDePasse.de(titulaire), titulaire.derniersHash(politique.historique()));
    }

    public String genererProvisoire() {
        return generateur.generer();
    }

    public Duration validiteProvisoire() {
        return politique.validiteProvisoire();
    }

    public Optional<Period> validitePersonnelle() {
        return politique.validitePersonnel();
    }

    /** R-PWD-3: when a personal password changed at {@code changeLe} expires; empty without expiry. */
    public Optional<Instant> expirationPersonnelle(Instant changeLe) {
        return politique.expirationPersonnel(changeLe);
    }

    public int historique() {
        return politique.historique();
    }

    /** The rules as the password form lists them. */
    public List<String> exigences() {
        List<String> exigences = new ArrayList<>();
        exigences.add("de " + politique.longueurMin() + " à " + politique.longueurMax() + " caractères ;");
        if (politique.compositionExigee()) {
            exigences.add("au moins une majuscule, une minuscule, un chiffre et un caractère spécial ;");
        }
        exigences.add("ni votre identifiant, ni votre nom, ni votre prénom ;");
        exigences.add("aucun mot de passe connu pour avoir fuité (liste de mots de passe compromis) ;");
        if (politique.historique() > 0) {
            exigences.add("différent de vos " + politique.historique() + " derniers mots de passe.");
        }
        return exigences;
    }

    /** Said once a password is changed. */
    public String rappelValidite() {
        return politique.validitePersonnel()
                .map(v -> "Il sera valable " + v.toTotalMonths() + " mois.")
                .orElse("Il n'a pas de date d'expiration.");
    }
}
