package org.eden.portail.identite;

import jakarta.enterprise.context.ApplicationScoped;
import org.eden.portail.shared.Courriel;
import org.eden.portail.shared.Gabarit;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The mails about a person's account, in French, each as plain text and HTML (templates in
 * {@code org/eden/portail/identite/courriels/}). Build one here, then fire it as a CDI event
 * ({@code Event<Courriel>}) inside the service's transaction: it leaves after the commit.
 * <p>
 * R-HAB-9: the identifier and the password never travel in the same mail, so that one
 * intercepted mail is not enough to log in; no mail carrying a password names the identifier.
 * Durations (24 h, 10 minutes…) come from the caller's policy rather than being written here.
 */
@ApplicationScoped
public class CourrielsIdentite {

    /** The portal's public address, for the links in the mails. */
    public static final String REGLAGE_ADRESSE_PORTAIL = "eden.portail.url";

    private static final String DOSSIER = "org/eden/portail/identite/courriels/";
    private static final String MARQUE = "Mon Compte Partenaire";

    private final String adressePortail;

    public CourrielsIdentite() {
        this(adressePortailConfiguree());
    }

    public CourrielsIdentite(String adressePortail) {
        this.adressePortail = adressePortail.endsWith("/") ? adressePortail : adressePortail + "/";
    }

    /** {@code eden.portail.url}, or the environment's EDEN_PORTAIL_URL, or the local development address. */
    static String adressePortailConfiguree() {
        String adresse = System.getProperty(REGLAGE_ADRESSE_PORTAIL, System.getenv("EDEN_PORTAIL_URL"));
        return adresse == null || adresse.isBlank() ? "http://localhost:8080/" : adresse.strip();
    }

    /** R-HAB-9, first mail: the identifier and the organisation, without any password. */
    public Courriel identifiant(String destinataire, String nomComplet, String identifiant, String organisme) {
        Map<String, String> valeurs = valeurs(nomComplet);
        valeurs.put("identifiant", identifiant);
        valeurs.put("organisme", organisme);
        return courriel(destinataire, "Votre identifiant " + MARQUE, "identifiant", valeurs);
    }

    /** R-HAB-9 and R-PWD-2, second mail: the provisional password, to change at the first login. */
    public Courriel motDePasseProvisoire(String destinataire, String nomComplet, String motDePasse, Duration validite) {
        Map<String, String> valeurs = valeurs(nomComplet);
        valeurs.put("motDePasse", motDePasse);
        valeurs.put("validite", duree(validite));
        return courriel(destinataire, "Votre mot de passe provisoire " + MARQUE, "mot-de-passe-provisoire", valeurs);
    }

    /** R-PWD-6: a new provisional password after a "mot de passe oublié" request. */
    public Courriel motDePasseOublie(String destinataire, String nomComplet, String motDePasse, Duration validite) {
        Map<String, String> valeurs = valeurs(nomComplet);
        valeurs.put("motDePasse", motDePasse);
        valeurs.put("validite", duree(validite));
        return courriel(destinataire, "Réinitialisation de votre mot de passe " + MARQUE, "mot-de-passe-oublie", valeurs);
    }

    /** R-AUTH-1: the account is frozen after too many failed logins. */
    public Courriel compteGele(String destinataire, String nomComplet, int tentativesEchouees, Duration duree) {
        Map<String, String> valeurs = valeurs(nomComplet);
        valeurs.put("tentatives", String.valueOf(tentativesEchouees));
        valeurs.put("duree", duree(duree));
        return courriel(destinataire, "Votre compte " + MARQUE + " est temporairement bloqué", "compte-gele", valeurs);
    }

    private Map<String, String> valeurs(String nomComplet) {
        Map<String, String> valeurs = new HashMap<>();
        valeurs.put("nomComplet", nomComplet);
        valeurs.put("lienPortail", adressePortail);
        return valeurs;
    }

    private static Courriel courriel(String destinataire, String objet, String modele, Map<String, String> valeurs) {
        valeurs.put("objet", objet);
        valeurs.put("contenu", Gabarit.charger(DOSSIER + modele + ".txt").texte(valeurs));
        String texte = Gabarit.charger(DOSSIER + "cadre.txt").texte(valeurs);
        valeurs.put("contenu", Gabarit.charger(DOSSIER + modele + ".html").html(valeurs));
        String html = Gabarit.charger(DOSSIER + "cadre.html").html(valeurs, "contenu");
        return new Courriel(destinataire, objet, texte, html);
    }

    /** "24 heures", "10 minutes", "1 heure 30 minutes". */
    static String duree(Duration duree) {
        long heures = duree.toHours();
        long minutes = duree.toMinutesPart();
        String h = heures == 0 ? "" : heures + (heures > 1 ? " heures" : " heure");
        String m = minutes == 0 ? "" : minutes + (minutes > 1 ? " minutes" : " minute");
        return (h + " " + m).strip();
    }
}
