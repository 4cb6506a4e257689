package org.eden.portail.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eden.portail.afas.PermissionsAfas;
import org.eden.portail.afas.TuilesAfas;
import org.eden.portail.cdap.PermissionsCdap;
import org.eden.portail.cdap.TuilesCdap;
import org.eden.portail.convention.PermissionsConventions;
import org.eden.portail.convention.TuilesConventions;
import org.eden.portail.habilitation.PermissionsHabilitations;
import org.eden.portail.habilitation.TuilesHabilitations;
import org.eden.portail.identite.PermissionsIdentite;
import org.eden.portail.identite.TuilesIdentite;
import org.eden.portail.incident.PermissionsIncidents;
import org.eden.portail.incident.TuilesIncidents;
import org.eden.portail.tableaudebord.PermissionsTableauDeBord;
import org.eden.portail.tableaudebord.TuilesTableauDeBord;
import org.eden.portail.trace.PermissionsTraces;
import org.eden.portail.trace.TuilesTraces;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each context's table of tiles reads whole, and names only permissions its context declares (a typo would hide a tile). */
class TuilesDuContexteTest {

    static List<Arguments> contextes() {
        return List.of(
                Arguments.of(new TuilesIdentite(), PermissionsIdentite.class),
                Arguments.of(new TuilesConventions(), PermissionsConventions.class),
                Arguments.of(new TuilesTraces(), PermissionsTraces.class),
                Arguments.of(new TuilesAfas(), PermissionsAfas.class),
                Arguments.of(new TuilesIncidents(), PermissionsIncidents.class),
                Arguments.of(new TuilesCdap(), PermissionsCdap.class),
                Arguments.of(new TuilesHabilitations(), PermissionsHabilitations.class),
                Arguments.of(new TuilesTableauDeBord(), PermissionsTableauDeBord.class));
    }

    @ParameterizedTest
    @MethodSource("contextes")
    void chaqueTuileEstCompleteEtSaPermissionExiste(TuilesDuContexte contexte, Class<?> permissions) {
        Set<String> declarees = constantes(permissions);
        assertFalse(contexte.tuiles().isEmpty(), contexte.getClass().getSimpleName());
        for (Tuile tuile : contexte.tuiles()) {
            assertTrue(declarees.contains(tuile.permission()), tuile + " : permission inconnue de " + permissions.getSimpleName());
            for (String champ : List.of(tuile.titre(), tuile.description(), tuile.icone(), tuile.lien())) {
                assertFalse(champ.isBlank(), tuile.toString());
            }
            assertTrue(tuile.lien().startsWith("/"), tuile.lien());
            assertTrue(tuile.icone().startsWith("pi pi-"), tuile.icone());
        }
    }

    /** The table keeps the order and the texts as written (accents included: the file is read in UTF-8). */
    @Test
    void lOrdreEtLesTextesSontCeuxDeLaTable() {
        List<Tuile> tuiles = new TuilesConventions().tuiles();
        assertEquals(List.of("Conventions", "À vérifier", "Partenaires"), tuiles.stream().map(Tuile::titre).toList());
        assertEquals(new Tuile("À vérifier", "Les conventions enregistrées qui attendent votre contrôle a priori.",
                "pi pi-check-square", "/convention/a-verifier.xhtml", PermissionsConventions.ECRAN_A_VERIFIER), tuiles.get(1));
        assertEquals(20, new TuilesConventions().rang());
    }

    private static Set<String> constantes(Class<?> permissions) {
        return Arrays.stream(permissions.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(TuilesDuContexteTest::valeur)
                .collect(Collectors.toSet());
    }

    private static String valeur(Field constante) {
        try {
            return (String) constante.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
