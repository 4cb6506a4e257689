package org.eden.portail.identite;

import org.eden.portail.shared.Courriel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourrielsIdentiteTest {

    private static final String ADRESSE = "agathe.essai@commune-essai.fr";
    private static final String IDENTIFIANT = "ESS271004";
    private static final String MOT_DE_PASSE = "Prov#9xQ2-wT";
    private static final Duration VINGT_QUATRE_HEURES = Duration.ofHours(24);

    private static final CourrielsIdentite COURRIELS = new CourrielsIdentite("https://partenaires.caf.example/");

    private Courriel identifiant() {
        return COURRIELS.identifiant(ADRESSE, "Agathe Essai", IDENTIFIANT, "Commune d'Essai");
    }

    private List<Courriel> tous() {
        return List.of(identifiant(),
                COURRIELS.motDePasseProvisoire(ADRESSE, "Agathe Essai", MOT_DE_PASSE, VINGT_QUATRE_HEURES),
                COURRIELS.motDePasseOublie(ADRESSE, "Agathe Essai", MOT_DE_PASSE, VINGT_QUATRE_HEURES),
                COURRIELS.compteGele(ADRESSE, "Agathe Essai", 5, Duration.ofMinutes(10)));
    }

    private static void contientPartout(Courriel courriel, String attendu) {
        assertTrue(courriel.texte().contains(attendu), () -> "texte sans « " + attendu + " » :\n" + courriel.texte());
        assertTrue(courriel.html().contains(attendu), () -> "HTML sans « " + attendu + " » :\n" + courriel.html());
    }

    @Test
    @DisplayName("R-HAB-9 : le courriel d'identifiant donne l'identifiant, l'organisme et le lien du portail, sans mot de passe")
    void courrielIdentifiant() {
        Courriel courriel = identifiant();
        assertEquals(ADRESSE, courriel.destinataire());
        assertEquals("Votre identifiant Mon Compte Partenaire", courriel.objet());
        contientPartout(courriel, IDENTIFIANT);
        contientPartout(courriel, "https://partenaires.caf.example/");
        assertTrue(courriel.texte().contains("Commune d'Essai"));
        assertTrue(courriel.html().contains("Commune d&#39;Essai"), "HTML-escaped organisation name");
        assertTrue(courriel.texte().contains("un autre courriel"), "the reader learns the password comes separately");
        assertFalse(courriel.texte().contains(MOT_DE_PASSE) || courriel.html().contains(MOT_DE_PASSE));
    }

    /** A mail that does not carry the identifier: its subject, what it says in text and in HTML, and what it never says. */
    record Cas(String regles, Courriel courriel, String objet, List<String> dit, String jamais) {
        @Override
        public String toString() {
            return regles;
        }
    }

    static Stream<Cas> sansIdentifiant() {
        return Stream.of(
                new Cas("R-HAB-9, R-PWD-2 : le mot de passe provisoire (24 heures, à changer) arrive seul, sans l'identifiant",
                        COURRIELS.motDePasseProvisoire(ADRESSE, "Agathe Essai", MOT_DE_PASSE, VINGT_QUATRE_HEURES),
                        "Votre mot de passe provisoire Mon Compte Partenaire",
                        List.of(MOT_DE_PASSE, "24 heures", "première connexion"), IDENTIFIANT),
                new Cas("R-PWD-6 : « mot de passe oublié » envoie un mot de passe provisoire de 24 heures, sans l'identifiant, "
                        + "et dit quoi faire si la demande n'est pas de vous",
                        COURRIELS.motDePasseOublie(ADRESSE, "Agathe Essai", MOT_DE_PASSE, VINGT_QUATRE_HEURES),
                        "Réinitialisation de votre mot de passe Mon Compte Partenaire",
                        List.of(MOT_DE_PASSE, "24 heures", "Si vous n'êtes pas à l'origine de cette demande, contactez l'administrateur"),
                        IDENTIFIANT),
                new Cas("R-AUTH-1 : le courriel de compte gelé dit 5 tentatives, 10 minutes, et conseille",
                        COURRIELS.compteGele(ADRESSE, "Agathe Essai", 5, Duration.ofMinutes(10)),
                        "Votre compte Mon Compte Partenaire est temporairement bloqué",
                        List.of("Après 5 tentatives", "10 minutes", "Mot de passe oublié"), MOT_DE_PASSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sansIdentifiant")
    void courrielSansIdentifiant(Cas cas) {
        assertEquals(cas.objet(), cas.courriel().objet());
        cas.dit().forEach(attendu -> contientPartout(cas.courriel(), attendu));
        assertFalse(cas.courriel().texte().contains(cas.jamais()) || cas.courriel().html().contains(cas.jamais()));
    }

    @Test
    @DisplayName("R-HAB-9 : aucun courriel ne porte à la fois l'identifiant et le mot de passe")
    void jamaisIdentifiantEtMotDePasseEnsemble() {
        for (Courriel courriel : tous()) {
            String tout = courriel.objet() + courriel.texte() + courriel.html();
            assertFalse(tout.contains(IDENTIFIANT) && tout.contains(MOT_DE_PASSE), courriel.objet());
        }
    }

    @Test
    @DisplayName("Chaque courriel est signé, complet (aucun {{…}} restant), en texte et en HTML")
    void signesEtComplets() {
        for (Courriel courriel : tous()) {
            contientPartout(courriel, "Mon Compte Partenaire — Caf");
            contientPartout(courriel, "Bonjour Agathe Essai,");
            assertFalse(courriel.texte().contains("{{") || courriel.html().contains("{{"), courriel.objet());
            assertFalse(courriel.texte().contains("<"), "the text part holds no markup");
            assertTrue(courriel.html().startsWith("<!DOCTYPE html>") && courriel.html().contains("<title>" + courriel.objet() + "</title>"));
        }
    }

    @Test
    @DisplayName("Les valeurs sont échappées dans le HTML : un nom piégé ne devient pas du balisage")
    void valeursEchappees() {
        Courriel courriel = COURRIELS.identifiant(ADRESSE, "<script>alert('x')</script>", IDENTIFIANT, "A & B \"Crèche\"");
        assertFalse(courriel.html().contains("<script>"));
        assertTrue(courriel.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(courriel.html().contains("A &amp; B &quot;Crèche&quot;"));
        assertTrue(courriel.texte().contains("A & B \"Crèche\""), "plain text keeps the value as typed");
    }

    @Test
    @DisplayName("Une valeur qui ressemble à un paramètre n'est pas interprétée ({{motDePasse}} reste tel quel)")
    void valeursInsereesUneSeuleFois() {
        Courriel courriel = COURRIELS.identifiant(ADRESSE, "{{motDePasse}}", IDENTIFIANT, "$1 \\ organisme");
        assertTrue(courriel.texte().contains("Bonjour {{motDePasse}},"));
        assertTrue(courriel.texte().contains("$1 \\ organisme"));
    }

    @Test
    @DisplayName("Le lien du portail vient du réglage eden.portail.url, avec une barre finale")
    void lienDuPortail() {
        Courriel courriel = new CourrielsIdentite("https://portail.caf.example").identifiant(ADRESSE, "A", IDENTIFIANT, "O");
        contientPartout(courriel, "https://portail.caf.example/");
        assertEquals("24 heures", CourrielsIdentite.duree(Duration.ofHours(24)));
        assertEquals("1 heure 30 minutes", CourrielsIdentite.duree(Duration.ofMinutes(90)));
    }
}
