package org.eden.portail.cdap;

import org.eden.portail.shared.RegleMetierException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MatriceCdapTest {

    /** specification §6, R-CDAP-7, column by column: ✓ = O, blank = -, "QF only" = Q. */
    private static final String[] SECTIONS = {"DOSSIER", "DROITS", "ADRESSE", "FAMILLE", "LOGEMENT", "RSA", "PAIEMENT",
            "COURRIER", "RESSOURCES", "CREANCES", "ATTESTATION"};
    private static final String[][] ATTENDU = {
            {"T1", "OOOOOOOOOOO"},
            {"T2", "O--O----Q-O"},
            {"T4", "OOOO-OO-O--"},
            {"T5", "OOOO-OOOO--"},
            {"T18", "OOOO-OOOOO-"},
            {"T19", "OOOOOOOOOO-"}};

    @Test
    @DisplayName("R-CDAP-7 : la migration V9 écrit la matrice par défaut de la spécification, cellule par cellule")
    void matriceParDefaut() throws IOException {
        MatriceCdap matrice = new MatriceCdap(cellulesDeV9().stream()
                .map(a -> new CelluleMatrice(a.getProfil(), a.getSection(), a.getAcces())).toList());
        for (String[] ligne : ATTENDU) {
            for (int i = 0; i < SECTIONS.length; i++) {
                Acces attendu = switch (ligne[1].charAt(i)) {
                    case 'O' -> Acces.COMPLET;
                    case 'Q' -> Acces.QF_SEUL;
                    default -> Acces.AUCUN;
                };
                assertEquals(attendu, matrice.acces(ligne[0], SectionDossier.valueOf(SECTIONS[i])), ligne[0] + " × " + SECTIONS[i]);
            }
        }
        assertEquals(66, cellulesDeV9().size());
    }

    @Test
    @DisplayName("R-CDAP-2 : un profil inconnu de la matrice n'ouvre aucune section")
    void profilInconnu() {
        assertEquals(List.of(), new MatriceCdap(List.of()).sectionsOuvertes("T3"));
    }

    @Test
    @DisplayName("R-CDAP-7 : « QF seulement » ne vaut que pour la section Ressources")
    void qfSeulementPourRessources() {
        AccesSection droits = new AccesSection("T2", SectionDossier.DROITS, Acces.AUCUN);
        RegleMetierException refus = assertThrows(RegleMetierException.class,
                () -> droits.modifier(Acces.QF_SEUL, "MAR271001", java.time.Instant.now()));
        assertEquals("R-CDAP-7", refus.getRegle());
        AccesSection ressources = new AccesSection("T1", SectionDossier.RESSOURCES, Acces.COMPLET);
        ressources.modifier(Acces.QF_SEUL, "MAR271001", java.time.Instant.now());
        assertEquals(Acces.QF_SEUL, ressources.getAcces());
        assertEquals("MAR271001", ressources.getModifiePar());
    }

    private static List<AccesSection> cellulesDeV9() throws IOException {
        String sql;
        try (InputStream in = MatriceCdapTest.class.getResourceAsStream("/db/migration/V9__cdap.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<AccesSection> cellules = new ArrayList<>();
        Matcher m = Pattern.compile("\\('(T\\d+)', '([A-Z]+)', '([A-Z_]+)', 0\\)").matcher(sql);
        while (m.find()) {
            cellules.add(new AccesSection(m.group(1), SectionDossier.valueOf(m.group(2)), Acces.valueOf(m.group(3))));
        }
        return cellules;
    }
}
