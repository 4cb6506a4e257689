package org.eden.portail.identite;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.eden.portail.identite.PolitiqueMotDePasse.ASVS;
import static org.eden.portail.identite.PolitiqueMotDePasse.CONTRAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ControleMotDePasseTest {

    private static final ControleMotDePasse CONTROLE_CONTRAT = new ControleMotDePasse(CONTRAT);
    private static final ControleMotDePasse CONTROLE_ASVS = new ControleMotDePasse(ASVS);
    private static final TitulaireMotDePasse HELENE = new TitulaireMotDePasse("MAR271001", "Le Hénaff", "Hélène");

    private static final String COMPROMIS = "ASVS V6.2.12 : ce mot de passe figure dans les listes de mots de passe"
            + " divulgués ; choisissez-en un autre.";
    private static final String IDENTIFIANT = "ASVS V6.2.11 : le mot de passe ne doit pas contenir votre identifiant.";
    private static final String NOMS = "ASVS V6.2.11 : le mot de passe ne doit contenir ni votre nom ni votre prénom.";
    private static final String HISTORIQUE = "R-PWD-4 : le mot de passe doit différer des 3 derniers.";

    /** A password of the four kinds, of any length from 4 up, found in no breached list. */
    private static String varie(int longueur) {
        return "Kx7#mPq2Vb9!Rt4&Yw6%Hn3@".repeat(6).substring(0, longueur);
    }

    /** Lower-case letters only, of any length, found in no breached list. */
    private static String minuscules(int longueur) {
        return "tilleulmarinebrisecotonvergerlanterne".repeat(4).substring(0, longueur);
    }

    @Test
    @DisplayName("R-PWD-1 : 8 et 20 caractères des quatre sortes sont acceptés")
    void contratBornesAcceptees() {
        assertEquals(List.of(), CONTROLE_CONTRAT.refus(varie(8), HELENE));
        assertEquals(List.of(), CONTROLE_CONTRAT.refus(varie(20), HELENE));
    }

    @Test
    @DisplayName("R-PWD-1 : 7 caractères refusés, 21 aussi")
    void contratBornesRefusees() {
        assertEquals(List.of("R-PWD-1 : 8 caractères au moins."), CONTROLE_CONTRAT.refus(varie(7), HELENE));
        assertEquals(List.of("R-PWD-1 : 20 caractères au plus."), CONTROLE_CONTRAT.refus(varie(21), HELENE));
    }

    @Test
    @DisplayName("R-PWD-1 : chaque sorte de caractère manquante est nommée")
    void contratComposition() {
        assertEquals(List.of("R-PWD-1 : une lettre majuscule au moins."), CONTROLE_CONTRAT.refus("kx7#mpq2", HELENE));
        assertEquals(List.of("R-PWD-1 : une lettre minuscule au moins."), CONTROLE_CONTRAT.refus("KX7#MPQ2", HELENE));
        assertEquals(List.of("R-PWD-1 : un chiffre au moins."), CONTROLE_CONTRAT.refus("Kxa#mPqz", HELENE));
        assertEquals(List.of("R-PWD-1 : un caractère spécial au moins (par exemple # % + - = ? @ !)."),
                CONTROLE_CONTRAT.refus("Kx7amPq2", HELENE));
    }

    @Test
    @DisplayName("R-PWD-1 : un mot de passe vide ou absent est refusé sur tout")
    void contratVide() {
        List<String> refus = CONTROLE_CONTRAT.refus(null, null);
        assertEquals(5, refus.size(), refus.toString());
        assertEquals("R-PWD-1 : 8 caractères au moins.", refus.get(0));
    }

    @Test
    @DisplayName("ASVS : 12 et 128 caractères acceptés, sans exigence de composition")
    void asvsBornesAcceptees() {
        assertEquals(List.of(), CONTROLE_ASVS.refus(minuscules(12), HELENE));
        assertEquals(List.of(), CONTROLE_ASVS.refus(minuscules(128), HELENE));
        assertTrue(CONTROLE_CONTRAT.refus(minuscules(12), HELENE).size() >= 3, "le contrat exige la composition");
    }

    @Test
    @DisplayName("ASVS : 11 caractères refusés, 129 aussi")
    void asvsBornesRefusees() {
        assertEquals(List.of("ASVS V6.2.1 : 12 caractères au moins."), CONTROLE_ASVS.refus(minuscules(11), HELENE));
        assertEquals(List.of("ASVS V6.2.9 : 128 caractères au plus."), CONTROLE_ASVS.refus(minuscules(129), HELENE));
    }

    @Test
    @DisplayName("R-PWD-1 / ASVS : l'identifiant, en toute casse, est refusé dans les deux politiques")
    void identifiant() {
        assertEquals(List.of(IDENTIFIANT), CONTROLE_CONTRAT.refus("Xx!mar271001", HELENE));
        assertEquals(List.of(IDENTIFIANT), CONTROLE_CONTRAT.refus("MAR271001#Ab", HELENE));
        assertEquals(List.of(IDENTIFIANT), CONTROLE_ASVS.refus("cle-Mar271001-zz", HELENE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Helene#2026", "HÉLÈNE#2026x", "x9!henaffPQ", "Kx7#Hénaff"})
    @DisplayName("R-PWD-1 / ASVS : le nom et le prénom, en toute casse et sans égard aux accents, sont refusés")
    void nomsContrat(String candidat) {
        assertEquals(List.of(NOMS), CONTROLE_CONTRAT.refus(candidat, HELENE));
    }

    @Test
    @DisplayName("ASVS : le nom et le prénom sont refusés aussi")
    void nomsAsvs() {
        assertEquals(List.of(NOMS), CONTROLE_ASVS.refus("bonjourhelene-vqz", HELENE));
        assertEquals(List.of(NOMS), CONTROLE_ASVS.refus("tilleul-LEHENAFF", HELENE));
    }

    @Test
    @DisplayName("R-PWD-1 : une partie de nom de moins de 3 lettres (« Le ») ne compte pas")
    void nomsCourtsIgnores() {
        assertEquals(List.of(), CONTROLE_CONTRAT.refus("Le7#mPq2", HELENE));
        assertEquals(List.of(), CONTROLE_CONTRAT.refus(varie(10), new TitulaireMotDePasse(null, null, null)));
    }

    @Test
    @DisplayName("ASVS V6.2.12 : la liste des mots de passe compromis compte au moins 100 000 entrées")
    void tailleDeLaListe() {
        assertTrue(MotsDePasseCompromis.taille() >= 100_000, "taille : " + MotsDePasseCompromis.taille());
        assertTrue(MotsDePasseCompromis.contient("azerty123"));
        assertTrue(MotsDePasseCompromis.contient("AZERTY123"), "la casse ne sauve pas un mot de passe compromis");
        assertFalse(MotsDePasseCompromis.contient(varie(12)));
    }

    @Test
    @DisplayName("ASVS V6.2.12 : un mot de passe compromis conforme au contrat (« P@ssw0rd ») est refusé")
    void compromisContrat() {
        assertEquals(List.of(COMPROMIS), CONTROLE_CONTRAT.refus("P@ssw0rd", HELENE));
        assertTrue(CONTROLE_CONTRAT.refus("Azerty123", HELENE).contains(COMPROMIS));
        assertTrue(CONTROLE_CONTRAT.refus("motdepasse", HELENE).contains(COMPROMIS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"motdepasse123", "Password1234", "QWERTYUIOP123", "iloveyou1234"})
    @DisplayName("ASVS V6.2.12 : les mots de passe compromis de 12 caractères et plus sont refusés en ASVS")
    void compromisAsvs(String candidat) {
        assertEquals(List.of(COMPROMIS), CONTROLE_ASVS.refus(candidat, HELENE));
    }

    @Test
    @DisplayName("R-PWD-4 : les 3 derniers mots de passe sont refusés, le 4e redevient permis")
    void historiqueDeTrois() {
        // Most recent first: the current password, then the previous ones.
        List<String> hashes = List.of(HachageMotDePasse.hacher("Ancien#Mdp4"), HachageMotDePasse.hacher("Ancien#Mdp3"),
                HachageMotDePasse.hacher("Ancien#Mdp2"), HachageMotDePasse.hacher("Ancien#Mdp1"));
        assertEquals(List.of(HISTORIQUE), CONTROLE_CONTRAT.refusHistorique("Ancien#Mdp4", hashes));
        assertEquals(List.of(HISTORIQUE), CONTROLE_CONTRAT.refusHistorique("Ancien#Mdp3", hashes));
        assertEquals(List.of(HISTORIQUE), CONTROLE_CONTRAT.refusHistorique("Ancien#Mdp2", hashes));
        assertEquals(List.of(), CONTROLE_CONTRAT.refusHistorique("Ancien#Mdp1", hashes));
        assertEquals(List.of(), CONTROLE_CONTRAT.refusHistorique("Nouveau#Mdp5", hashes));
        assertEquals(List.of(HISTORIQUE), CONTROLE_CONTRAT.refus("Ancien#Mdp3", HELENE, hashes));
        assertEquals(List.of(), CONTROLE_CONTRAT.refus("Nouveau#Mdp5", HELENE, hashes));
        assertEquals(List.of(), CONTROLE_CONTRAT.refusHistorique("Ancien#Mdp4", List.of()));
    }

    @Test
    @DisplayName("ASVS : aucun historique, l'ancien mot de passe peut revenir")
    void asvsSansHistorique() {
        String actuel = "tilleul-marine-brise";
        List<String> hashes = List.of(HachageMotDePasse.hacher(actuel));
        assertEquals(List.of(), CONTROLE_ASVS.refusHistorique(actuel, hashes));
        assertEquals(List.of(), CONTROLE_ASVS.refus(actuel, HELENE, hashes));
    }
}
